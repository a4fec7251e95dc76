package org.onegrid.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.webhook.DeliverySweep;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Hotline tickets become cases on their source's channel with the caller masked, once per ticket number; what maps
 * to no class waits in triage until a person chooses; a close is pushed back to the source only when it committed.
 */
@IntegrationTest
class HotlineIntakeIntegrationTests {

	private static final String CLIENT = "hotline-client-12319";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	DeliverySweep sweep;

	private HotlineFixtures fixtures;

	private PushBackReceiver receiver;

	private Long subscriber;

	@BeforeEach
	void start() throws Exception {
		fixtures = new HotlineFixtures(api);
		receiver = new PushBackReceiver();
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		Response hook = api.post("/api/v1/webhooks", """
				{"url":"%s","eventTypes":["hotline.push-back"]}""".formatted(receiver.url()));
		assertThat(hook.status()).as(hook.body().toString()).isEqualTo(201);
		subscriber = hook.body().path("id").asLong();
		source("12319", "HOTLINE_12319", subscriber);
		source("110", "POLICE_110", subscriber);
		Response mapped = api.put("/api/v1/hotline/sources/12319/mappings", """
				{"mappings":[{"categoryText":"路面坑洼","kind":"COMPONENT","minorCode":"0201"}]}""");
		assertThat(mapped.status()).as(mapped.body().toString()).isEqualTo(200);
		assertThat(api.put("/api/v1/hotline/sources/110/mappings", """
				{"mappings":[{"categoryText":"噪音扰民","kind":"COMPONENT","minorCode":"0201"}]}""").status())
			.isEqualTo(200);
	}

	@AfterEach
	void stop() {
		source("12319", "HOTLINE_12319", null);
		source("110", "POLICE_110", null);
		api.delete("/api/v1/webhooks/" + subscriber);
		receiver.close();
		clock.reset();
	}

	@Test
	void ticketBecomesCaseOnItsChannelWithTheCallerMaskedAndItsOwnReplyLimit() {
		String ticketNo = ticketNo();
		Response response = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo, "路面坑洼", true));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		JsonNode ticket = response.body();
		assertThat(ticket.path("status").asString()).isEqualTo("CASED");
		assertThat(ticket.path("caller").path("phone").asString()).isEqualTo("139****4321");
		assertThat(ticket.path("replyDue").asString()).isNotEmpty();
		JsonNode view = api.as("dispatcher-hotline-hs", TestStaff.PASSWORD)
			.get("/api/v1/cases/" + ticket.path("caseId").asLong()).body();
		assertThat(view.path("channel").asString()).isEqualTo("HOTLINE_12319");
		assertThat(view.path("channelDetails").path("ticketNo").asString()).isEqualTo(ticketNo);
		assertThat(view.path("minorCode").asString()).isEqualTo("0201");
		assertThat(view.path("reporter").path("phone").asString()).isEqualTo("139****4321");
	}

	@Test
	void sameTicketNumberAgainAnswersTheSameTicketAndMakesNoSecondCase() {
		String ticketNo = ticketNo();
		Response first = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo, "路面坑洼", true));
		Response again = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo, "路面坑洼", true));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
		assertThat(again.body().path("caseId").asLong()).isEqualTo(first.body().path("caseId").asLong());
	}

	@Test
	void unmappedWordsWaitInTriageUntilAPersonChoosesTheClass() {
		String ticketNo = ticketNo();
		Response response = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo, "井盖响动", true));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body().path("status").asString()).isEqualTo("TRIAGE");
		assertThat(response.body().path("triageReason").asString()).isEqualTo("UNMAPPED_CATEGORY");
		long id = response.body().path("id").asLong();
		assertThat(ids(api.get("/api/v1/hotline/triage").body())).contains(id);

		Response resolved = api.post("/api/v1/hotline/triage/" + id + "/resolve",
				"{\"kind\":\"COMPONENT\",\"minorCode\":\"0201\"}");

		assertThat(resolved.status()).as(resolved.body().toString()).isEqualTo(200);
		assertThat(resolved.body().path("status").asString()).isEqualTo("CASED");
		assertThat(api.get("/api/v1/cases/" + resolved.body().path("caseId").asLong()).status()).isEqualTo(200);
		assertThat(ids(api.get("/api/v1/hotline/triage").body())).doesNotContain(id);
		assertThat(api.post("/api/v1/hotline/triage/" + id + "/resolve",
				"{\"kind\":\"COMPONENT\",\"minorCode\":\"0201\"}").status()).isEqualTo(409);
	}

	@Test
	void aChoiceRememberedInTriageMapsTheSourcesNextTicketWithTheSameWords() {
		long first = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "护栏歪斜", true)).body()
			.path("id").asLong();
		long other = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "路灯闪烁", true)).body()
			.path("id").asLong();
		assertThat(api.post("/api/v1/hotline/triage/" + first + "/resolve",
				"{\"kind\":\"COMPONENT\",\"minorCode\":\"0205\",\"remember\":true}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/hotline/triage/" + other + "/resolve",
				"{\"kind\":\"COMPONENT\",\"minorCode\":\"0102\"}").status()).isEqualTo(200);

		assertThat(api.get("/api/v1/hotline/sources/12319/mappings").body().findValuesAsString("categoryText"))
			.contains("护栏歪斜").doesNotContain("路灯闪烁");
		Response next = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "护栏歪斜", true));
		assertThat(next.body().path("status").asString()).isEqualTo("CASED");
		assertThat(api.get("/api/v1/cases/" + next.body().path("caseId").asLong()).body().path("minorCode")
			.asString()).isEqualTo("0205");
		assertThat(intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "路灯闪烁", true)).body()
			.path("status").asString()).isEqualTo("TRIAGE");
	}

	@Test
	void closePushesTheResultBackAndNothingIsPushedWhileTheCaseIsOpen() throws Exception {
		String ticketNo = ticketNo();
		long caseId = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo, "路面坑洼", true))
			.body()
			.path("caseId")
			.asLong();
		fixtures.act(caseId, "verify", "\"confirmed\":true");
		sweep.sweep();
		assertThat(pushed(ticketNo)).as("nothing closed, nothing pushed").isEmpty();

		fixtures.close(caseId);
		awaitDelivery();
		sweep.sweep();

		List<JsonNode> pushed = pushed(ticketNo);
		assertThat(pushed).hasSize(1);
		JsonNode data = pushed.get(0).path("data");
		assertThat(pushed.get(0).path("type").asString()).isEqualTo("hotline.push-back");
		assertThat(data.path("outcome").asString()).isEqualTo("closed");
		assertThat(data.path("result").asString()).isEqualTo("已修补 / Patched");
		assertThat(data.path("at").asString()).isNotEmpty();
	}

	@Test
	void handBackEndsA110CaseRecordsItAndTellsThe110Desk() throws Exception {
		String ticketNo = ticketNo();
		JsonNode ticket = intakeClient().post("/api/v1/hotline/110/tickets", ticket(ticketNo, "噪音扰民", true)
			.replace("\"ticketNo\"", "\"incidentNo\":\"J-" + ticketNo + "\",\"ticketNo\"")).body();
		long caseId = ticket.path("caseId").asLong();
		TestApi dispatcher = api.as("dispatcher-hotline-hs", TestStaff.PASSWORD);
		assertThat(strings(dispatcher.get("/api/v1/cases/" + caseId).body().path("allowedActions")))
			.doesNotContain("hand-back");
		assertThat(dispatcher.post("/api/v1/cases/" + caseId + "/actions/hand-back",
				"{\"reason\":\"x\"}").status()).isEqualTo(403);
		assertThat(strings(api.get("/api/v1/cases/" + caseId).body().path("allowedActions"))).contains("hand-back");

		JsonNode handedBack = fixtures.act(caseId, "hand-back", "\"reason\":\"涉及治安 / A police matter\"");

		assertThat(handedBack.path("state").asString()).isEqualTo("VOIDED");
		JsonNode last = handedBack.path("timeline").get(handedBack.path("timeline").size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("hand-back");
		assertThat(last.path("details").path("reason").asString()).isEqualTo("涉及治安 / A police matter");
		awaitDelivery();
		sweep.sweep();
		List<JsonNode> pushed = pushed(ticketNo);
		assertThat(pushed).hasSize(1);
		assertThat(pushed.get(0).path("data").path("outcome").asString()).isEqualTo("handed-back");
		assertThat(pushed.get(0).path("data").path("incidentNo").asString()).isEqualTo("J-" + ticketNo);
		assertThat(pushed.get(0).path("data").path("result").asString()).isEqualTo("涉及治安 / A police matter");
	}

	@Test
	void handBackIsOnlyForCasesFrom110() {
		long caseId = intakeClient().post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "路面坑洼", true))
			.body()
			.path("caseId")
			.asLong();

		assertThat(strings(api.get("/api/v1/cases/" + caseId).body().path("allowedActions")))
			.doesNotContain("hand-back");
		assertThat(api.post("/api/v1/cases/" + caseId + "/actions/hand-back",
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\",\"reason\":\"x\"}").status()).isEqualTo(409);
	}

	@Test
	void badTicketIsRefusedFieldByField() {
		Response response = intakeClient().post("/api/v1/hotline/110/tickets", """
				{"ticketNo":"","category":"x","content":"y","lon":200,"lat":0.02,"reportedAt":"yesterday",
				 "caller":{"phone":"abc"}}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().path("errors")).extracting(e -> e.path("field").asString())
			.contains("ticketNo", "lon", "reportedAt", "caller.phone", "incidentNo");
	}

	@Test
	void callersWithoutThePermissionAreRefused() {
		TestApi handler = api.as("handler-municipal-works", TestStaff.PASSWORD);
		assertThat(handler.post("/api/v1/hotline/12319/tickets", ticket(ticketNo(), "路面坑洼", true)).status())
			.isEqualTo(403);
		assertThat(handler.get("/api/v1/hotline/triage").status()).isEqualTo(403);
		assertThat(intakeClient().get("/api/v1/hotline/triage").status()).isEqualTo(403);
		assertThat(intakeClient().get("/api/v1/hotline/sources").status()).isEqualTo(403);
	}

	private void source(String code, String channel, Long target) {
		Response response = api.put("/api/v1/hotline/sources/" + code, """
				{"name":"%s","channel":"%s","timeLimit":{"amount":3,"unit":"DAYS"},"pushBackSubscriberId":%s}
				""".formatted(code, channel, target));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	/** The hotline system's own account: it may send tickets but not read personal information. */
	private TestApi intakeClient() {
		if (api.get("/api/v1/roles/hotline-system").status() != 200) {
			assertThat(api.put("/api/v1/roles/hotline-system", """
					{"nameZh":"热线系统","nameEn":"Hotline system","scope":"ALL","permissions":["hotline:intake"]}
					""").status()).isIn(200, 201);
		}
		boolean exists = false;
		for (JsonNode account : api.get("/api/v1/accounts?text=" + CLIENT).body().path("items")) {
			exists |= account.path("username").asString().equals(CLIENT);
		}
		if (!exists) {
			Response account = api.post("/api/v1/accounts", """
					{"username":"%s","displayName":"12319","password":"%s","roles":["hotline-system"]}
					""".formatted(CLIENT, TestStaff.PASSWORD));
			assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
		}
		return api.as(CLIENT, TestStaff.PASSWORD);
	}

	private static String ticket(String ticketNo, String category, boolean withPoint) {
		return """
				{"ticketNo":"%s","caller":{"name":"李四","phone":"13987654321"},"category":"%s",
				 "address":"测试路 1 号","content":"路面有坑 / A hole in the road","reportedAt":"2026-12-01T01:30:00Z"%s}
				""".formatted(ticketNo, category, withPoint ? ",\"lon\":%s,\"lat\":%s".formatted(HotlineFixtures.IN_HC[0],
				HotlineFixtures.IN_HC[1]) : "");
	}

	private static String ticketNo() {
		return "T-" + UUID.randomUUID();
	}

	private static List<String> strings(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

	private static List<Long> ids(JsonNode tickets) {
		return java.util.stream.StreamSupport.stream(tickets.spliterator(), false)
			.map(t -> t.path("id").asLong())
			.toList();
	}

	private List<JsonNode> pushed(String ticketNo) {
		return receiver.received().stream()
			.filter(body -> body.path("data").path("ticketNo").asString().equals(ticketNo))
			.toList();
	}

	/** Waits until the listener, which runs after the close commits, has recorded the push-back. */
	private void awaitDelivery() throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			if (api.get("/api/v1/webhooks/" + subscriber + "/deliveries").body().size() > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no push-back was recorded");
	}
}
