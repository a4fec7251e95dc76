package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.strings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The 长河 plan's 四平台: work sent to a platform reaches its lead unit (牵头单位), whose handlers see it in their queue,
 * sign for it and handle it; matters spanning platforms, and those a platform returns, go to the district's
 * coordinator, who sends them on to the platform that leads them.
 */
@IntegrationTest
class PlatformDispatchIntegrationTests {

	@Autowired
	TestApi api;

	CaseFixtures cases;

	String suffix;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		suffix = Long.toString(System.nanoTime() % 1_000_000);
	}

	/** A department of this test's own, with a handler account {@code handler-<code>} when {@code staffed}. */
	private String department(String name, boolean staffed) {
		String code = "plt-" + name + "-" + suffix;
		assertThat(api.put("/api/v1/departments/" + code, """
				{"nameZh":"平台测试部门","nameEn":"Platform test department"}
				""").status()).isIn(200, 201);
		if (staffed) {
			TestStaff.handlersFor(api, code);
		}
		return code;
	}

	private String platform(String name, String lead, String... departments) {
		String code = "plt-" + name + "-" + suffix;
		Response put = api.put("/api/v1/platforms/" + code, """
				{"nameZh":"测试平台","nameEn":"Test platform","departments":["%s"]%s}
				""".formatted(String.join("\",\"", departments), lead == null ? "" : ",\"lead\":\"" + lead + "\""));
		assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
		return code;
	}

	private static TestApi.Response act(TestApi as, long id, String action, String json) {
		return as.post("/api/v1/cases/" + id + "/actions/" + action, json);
	}

	@Test
	void theLeadUnitsHandlerSeesSignsForAndHandlesACaseSentToThePlatformUntilItCloses() {
		String lead = department("lead", true);
		String member = department("member", true);
		String platform = platform("led", lead, lead, member);
		assertThat(api.get("/api/v1/platforms/" + platform).body().path("lead").asString()).isEqualTo(lead);

		long id = cases.filed("");
		assertThat(cases.ok(id, "dispatch", "\"department\":\"" + platform + "\"").path("state").asString())
			.isEqualTo("DISPATCHED");

		TestApi handler = api.as("handler-" + lead, TestStaff.PASSWORD);
		JsonNode queue = handler.get("/api/v1/cases?state=DISPATCHED&department=" + platform).body();
		assertThat(strings(queue.path("items"), "id")).as(queue.toString()).contains(Long.toString(id));
		assertThat(strings(handler.get("/api/v1/cases/" + id).body().path("allowedActions"), null))
			.contains("sign", "return");
		assertThat(api.as("handler-" + member, TestStaff.PASSWORD).get("/api/v1/cases/" + id).status())
			.isEqualTo(404);

		Response signed = act(handler, id, "sign", "{}");
		assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
		assertThat(signed.body().path("state").asString()).isEqualTo("HANDLING");
		Response fed = act(handler, id, "feedback", "{\"note\":\"牵头单位已处置 / Handled by the lead unit\"}");
		assertThat(fed.status()).as(fed.body().toString()).isEqualTo(200);
		cases.ok(id, "check", "\"passed\":true");
		assertThat(cases.ok(id, "close", "\"conditionMet\":true").path("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void refusesToDispatchToAPlatformWithoutLeadWhereNobodyCanActAndSaysWhy() {
		String idle = department("idle", false);
		String platform = platform("unled", null, idle);
		long id = cases.filed("");

		Response refused = cases.attempt(id, "dispatch", "\"department\":\"" + platform + "\"");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("detail").asString()).contains(platform, "no lead department", idle,
				"case:sign");
		assertThat(cases.get(id).path("state").asString()).isEqualTo("FILED");
	}

	@Test
	void refusesALeadThatIsNoDepartmentOfThePlatform() {
		String member = department("only", false);
		Response unknown = api.put("/api/v1/platforms/plt-bad-" + suffix, """
				{"nameZh":"测试平台","nameEn":"Test platform","departments":["%s"],"lead":"no-such-department"}
				""".formatted(member));
		assertThat(CaseFixtures.errors(unknown, 400)).contains("lead:UNKNOWN");
	}

	@Test
	void aMatterSpanningPlatformsReachesTheCoordinatorWhoSendsItOnWithAssistingDepartments() {
		String enforcement = department("enf", true);
		String market = department("mkt", true);
		String coordinator = department("coord", true);
		String first = platform("first", enforcement, enforcement);
		String second = platform("second", market, market);
		assertThat(api.put("/api/v1/platform-coordinator", "{\"code\":\"" + coordinator + "\"}").status())
			.isEqualTo(200);
		Response rule = api.post("/api/v1/catalogue/rules", """
				{"kind":"COMPONENT","categoryCode":"0201","layerCode":"ops","gridCode":"C911",
				 "leadDepartment":"%s","assistingDepartments":["%s"],"note":"跨平台事项 / Spans platforms"}
				""".formatted(first, market));
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(201);
		try {
			long id = cases.filed("");
			JsonNode dispatched = cases.ok(id, "dispatch", "");
			assertThat(dispatched.path("assignment").path("lead").asString()).isEqualTo(coordinator);
			assertThat(dispatched.path("assignment").path("coordinating").asBoolean()).isTrue();

			TestApi coordinating = api.as("handler-" + coordinator, TestStaff.PASSWORD);
			assertThat(strings(coordinating.get("/api/v1/cases/" + id).body().path("allowedActions"), null))
				.contains("coordinate");
			Response sent = act(coordinating, id, "coordinate",
					"{\"department\":\"" + second + "\",\"assistingDepartments\":[\"" + enforcement + "\"]}");
			assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
			assertThat(sent.body().path("state").asString()).isEqualTo("DISPATCHED");
			assertThat(sent.body().path("assignment").path("lead").asString()).isEqualTo(second);
			assertThat(strings(sent.body().path("assignment").path("assisting"), "department"))
				.containsExactly(enforcement);

			Response signed = act(api.as("handler-" + market, TestStaff.PASSWORD), id, "sign", "{}");
			assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
		}
		finally {
			api.delete("/api/v1/catalogue/rules/" + rule.body().path("id").asLong());
			api.delete("/api/v1/platform-coordinator");
		}
	}

	@Test
	void aCaseAPlatformReturnsGoesToTheCoordinator() {
		String lead = department("ret", true);
		String coordinator = department("hub", true);
		String platform = platform("returning", lead, lead);
		assertThat(api.put("/api/v1/platform-coordinator", "{\"code\":\"" + coordinator + "\"}").status())
			.isEqualTo(200);
		try {
			long id = cases.filed("");
			cases.ok(id, "dispatch", "\"department\":\"" + platform + "\"");

			Response returned = act(api.as("handler-" + lead, TestStaff.PASSWORD), id, "return",
					"{\"reason\":\"非本平台事项 / Not this platform's matter\"}");

			assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
			assertThat(returned.body().path("state").asString()).isEqualTo("DISPATCHED");
			assertThat(returned.body().path("assignment").path("lead").asString()).isEqualTo(coordinator);
			assertThat(cases.timelineActions(id)).endsWith("return", "dispatch");
		}
		finally {
			api.delete("/api/v1/platform-coordinator");
		}
	}

	@Test
	void refusesAnUnknownCoordinator() {
		assertThat(CaseFixtures.errors(api.put("/api/v1/platform-coordinator", "{\"code\":\"no-such-unit\"}"), 400))
			.contains("code:UNKNOWN");
		assertThat(CaseFixtures.errors(api.put("/api/v1/platform-coordinator", "{}"), 400)).contains("code:REQUIRED");
	}
}
