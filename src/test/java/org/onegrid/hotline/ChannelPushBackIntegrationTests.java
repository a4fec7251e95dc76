package org.onegrid.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.HistoricalCases;
import org.onegrid.cases.NewCase;
import org.onegrid.webhook.DeliverySweep;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A district's own app or platform that reports cases through the API, on a channel of its own, hears what became of
 * them when the channel names a push-back target: once, on close, with its own number for the case; a channel without
 * a target tells nobody, and a bad target is refused field by field.
 */
@IntegrationTest
class ChannelPushBackIntegrationTests {

	private static final String CHANNEL = "TEST_PB_APP";

	private static final String QUIET = "TEST_PB_QUIET";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	DeliverySweep sweep;

	@Autowired
	HistoricalCases history;

	private HotlineFixtures fixtures;

	private PushBackReceiver receiver;

	private long subscriber;

	@BeforeEach
	void start() throws Exception {
		fixtures = new HotlineFixtures(api);
		receiver = new PushBackReceiver();
		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		for (String code : List.of(CHANNEL, QUIET)) {
			assertThat(api.put("/api/v1/channels/" + code, """
					{"nameZh":"区级应用","nameEn":"District app","kind":"HOTLINE_12345","requiredDetails":["appNo"]}""")
				.status()).isIn(200, 201);
		}
		Response hook = api.post("/api/v1/webhooks", """
				{"url":"%s","eventTypes":["hotline.push-back"]}""".formatted(receiver.url()));
		assertThat(hook.status()).as(hook.body().toString()).isEqualTo(201);
		subscriber = hook.body().path("id").asLong();
	}

	@AfterEach
	void stop() {
		api.delete("/api/v1/hotline/channels/" + CHANNEL + "/push-back");
		api.delete("/api/v1/webhooks/" + subscriber);
		receiver.close();
		clock.reset();
	}

	@Test
	void aClosedCaseIsToldToItsChannelsTargetOnceWithTheChannelsOwnNumber() throws Exception {
		Response named = api.put("/api/v1/hotline/channels/" + CHANNEL.toLowerCase() + "/push-back",
				"{\"subscriberId\":" + subscriber + "}");
		assertThat(named.status()).as(named.body().toString()).isEqualTo(200);
		assertThat(named.body().path("channel").asString()).isEqualTo(CHANNEL);
		assertThat(api.get("/api/v1/hotline/channels").body().findValuesAsString("channel")).contains(CHANNEL);

		String appNo = "APP-" + UUID.randomUUID();
		long told = report(CHANNEL, appNo);
		long quiet = report(QUIET, "Q-" + UUID.randomUUID());
		sweep.sweep();
		assertThat(pushed(appNo)).as("nothing closed, nothing pushed").isEmpty();

		fixtures.close(told);
		fixtures.close(quiet);
		for (int i = 0; i < 100 && pushed(appNo).isEmpty(); i++) {
			sweep.sweep();
			Thread.sleep(50);
		}
		List<JsonNode> pushed = pushed(appNo);
		assertThat(pushed).hasSize(1);
		JsonNode data = pushed.get(0).path("data");
		assertThat(pushed.get(0).path("type").asString()).isEqualTo("hotline.push-back");
		assertThat(pushed.get(0).path("caseId").asLong()).isEqualTo(told);
		assertThat(data.path("channel").asString()).isEqualTo(CHANNEL);
		assertThat(data.path("outcome").asString()).isEqualTo("closed");
		assertThat(data.path("result").asString()).isEqualTo("已修补 / Patched");
		assertThat(receiver.received().stream().map(body -> body.path("caseId").asLong()))
			.as("a channel without a target tells nobody").doesNotContain(quiet);
	}

	@Test
	void aPastCaseRecordedFromTheChannelsOwnRecordsIsNotToldBackToIt() throws Exception {
		api.put("/api/v1/hotline/channels/" + CHANNEL + "/push-back", "{\"subscriberId\":" + subscriber + "}");
		String pastNo = "PAST-" + UUID.randomUUID();
		Instant reported = clock.instant().minus(Duration.ofDays(40));
		NewCase report = new NewCase(null, CHANNEL, Map.of("appNo", pastNo), null, "reporter-1", "COMPONENT", "0201",
				null, null, null, "往日案件 / A past case", null, HotlineFixtures.IN_HC[0], HotlineFixtures.IN_HC[1], null,
				null, null);
		history.record(new HistoricalCase("pb-past-" + pastNo, report, reported, null, "municipal-works",
				HistoricalCase.Outcome.CLOSED, reported.plus(Duration.ofDays(2))), Grant.system("push-back-test"));

		String liveNo = "APP-" + UUID.randomUUID();
		fixtures.close(report(CHANNEL, liveNo));
		for (int i = 0; i < 100 && pushed(liveNo).isEmpty(); i++) {
			sweep.sweep();
			Thread.sleep(50);
		}
		assertThat(pushed(liveNo)).as("a case closed now is told").hasSize(1);
		assertThat(pushed(pastNo)).as("its own past is not news to the channel's system").isEmpty();
	}

	@Test
	void aTargetMustBeAKnownChannelAndASubscriberThatAskedForPushBack() {
		Response missing = api.put("/api/v1/hotline/channels/" + CHANNEL + "/push-back", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().findValuesAsString("field")).containsExactly("subscriberId");
		Response other = api.post("/api/v1/webhooks", """
				{"url":"%s","eventTypes":["case.closed"]}""".formatted(receiver.url()));
		Response wrongKind = api.put("/api/v1/hotline/channels/" + CHANNEL + "/push-back",
				"{\"subscriberId\":" + other.body().path("id").asLong() + "}");
		assertThat(wrongKind.status()).isEqualTo(400);
		assertThat(wrongKind.body().findValuesAsString("code")).containsExactly("UNKNOWN");
		assertThat(api.put("/api/v1/hotline/channels/NO_SUCH_CHANNEL/push-back",
				"{\"subscriberId\":" + subscriber + "}").status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/hotline/channels/" + QUIET + "/push-back").status()).isEqualTo(404);
		api.delete("/api/v1/webhooks/" + other.body().path("id").asLong());
	}

	private long report(String channel, String appNo) {
		Response reported = api.post("/api/v1/cases", """
				{"channel":"%s","reportedBy":"reporter-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"区级应用上报 / Reported in the district app","lon":%s,"lat":%s,
				 "channelDetails":{"appNo":"%s"}}""".formatted(channel, HotlineFixtures.IN_HC[0],
				HotlineFixtures.IN_HC[1], appNo));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		long caseId = reported.body().path("id").asLong();
		fixtures.act(caseId, "verify", "\"confirmed\":true");
		return caseId;
	}

	private List<JsonNode> pushed(String appNo) {
		return receiver.received().stream()
			.filter(body -> body.path("data").path("channelDetails").path("appNo").asString().equals(appNo))
			.toList();
	}
}
