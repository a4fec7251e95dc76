package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.strings;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Closing rights by tier (结案权限): a district's closers decide who may close a general, serious or major case, the
 * case offers {@code close} only to them, and a tier without closers is closed by whoever holds case:close.
 */
@IntegrationTest
class CaseClosingRightsIntegrationTests {

	private static final String PASSWORD = "closing-rights-password";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		// A month no other test works in, so that the closes made here stay out of their monthly figures.
		clock.setShanghai("2029-10-16T09:00");
		if (api.get("/api/v1/roles/tier-closer").status() == 404) {
			assertThat(api.put("/api/v1/roles/tier-closer", """
					{"nameZh":"结案员","nameEn":"Closer","scope":"UNIT","permissions":["case:read","case:close"]}
					""").status()).isEqualTo(201);
		}
		if (api.get("/api/v1/units/tc-c911").status() == 404) {
			assertThat(api.put("/api/v1/units/tc-c911", """
					{"name":"一社区居委","kind":"COMMUNITY","parentCode":"case-s91","layerCode":"ops","gridCode":"C911"}
					""").status()).isIn(200, 201);
			account("tc-community", "tc-c911", "tier-closer");
			account("tc-street-leader", "case-s91", "leader", "tier-closer");
			account("tc-street", "case-s91", "tier-closer");
		}
	}

	@AfterEach
	void liftTheRules() {
		for (String tier : new String[] { "GENERAL", "SERIOUS", "MAJOR" }) {
			api.delete("/api/v1/closing-rules/" + tier);
		}
		clock.reset();
	}

	@Test
	void aCommunityClosesAGeneralCaseButOnlyAStreetLeaderASeriousOne() {
		rule("GENERAL", "{\"level\":\"社区\"}");
		rule("SERIOUS", "{\"level\":\"街道\",\"role\":\"leader\"},{\"role\":\"dispatcher\"}");

		long general = checked("GENERAL");
		assertThat(allowed(general, "tc-community")).contains("close");
		JsonNode closed = ok(as("tc-community").post(close(general), "{\"conditionMet\":true}"));
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");

		long serious = checked("SERIOUS");
		JsonNode before = cases.get(serious);
		assertThat(allowed(serious, "tc-community")).doesNotContain("close");
		assertThat(allowed(serious, "tc-street")).as("at the street, but no leader").doesNotContain("close");
		assertThat(allowed(serious, "tc-street-leader")).contains("close");
		Response refused = as("tc-community").post(close(serious), "{\"conditionMet\":true}");
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("detail").asString()).startsWith("较大案件须由街道领导或派遣员结案 / ")
			.contains("serious");
		JsonNode after = cases.get(serious);
		assertThat(after.path("state").asString()).isEqualTo("CHECKED");
		assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
		assertThat(after.path("timeline").size()).isEqualTo(before.path("timeline").size());
		assertThat(as("tc-street").post(close(serious), "{\"conditionMet\":true}").status()).isEqualTo(403);

		JsonNode byLeader = ok(as("tc-street-leader").post(close(serious), "{\"conditionMet\":true}"));
		assertThat(byLeader.path("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void withoutARuleEveryoneWhoMayCloseStillMay() {
		rule("MAJOR", "{\"level\":\"区\"}");
		for (String closer : new String[] { "tc-community", "tc-street", "tc-street-leader", "dispatcher-case-s91" }) {
			long id = checked("SERIOUS");
			String as = closer.startsWith("tc-") ? PASSWORD : TestStaff.PASSWORD;
			assertThat(strings(api.as(closer, as).get("/api/v1/cases/" + id).body().path("allowedActions"), null))
				.as(closer).contains("close");
			assertThat(ok(api.as(closer, as).post(close(id), "{\"conditionMet\":true}")).path("state").asString())
				.isEqualTo("CLOSED");
		}
		long major = checked("MAJOR");
		assertThat(allowed(major, "tc-street-leader")).doesNotContain("close");
		assertThat(cases.ok(major, "close", "\"conditionMet\":true").path("state").asString()).as("the whole district")
			.isEqualTo("CLOSED");
	}

	@Test
	void refusesClosersNamingNoLevelNoRoleOrUnknownOnesFieldByField() {
		Response bad = api.put("/api/v1/closing-rules/SERIOUS", """
				{"closers":[{"level":"片区"},{"role":"no-such-role"},{},{"level":"1","role":"leader"}]}""");
		assertThat(errors(bad, 400)).containsExactly("closers[0].level:UNKNOWN_LEVEL", "closers[1].role:UNKNOWN_ROLE",
				"closers[2]:REQUIRED");
		assertThat(api.get("/api/v1/closing-rules/SERIOUS").status()).isEqualTo(404);
		assertThat(api.put("/api/v1/closing-rules/HUGE", "{\"closers\":[{\"level\":\"区\"}]}").status()).isEqualTo(404);

		JsonNode stored = ok(api.put("/api/v1/closing-rules/SERIOUS",
				"{\"closers\":[{\"level\":\"1\",\"role\":\"leader\"}]}"));
		assertThat(stored.path("closers").get(0).path("level").asString()).as("stored by name").isEqualTo("街道");
		assertThat(api.get("/api/v1/closing-rules").body().findValuesAsString("tier")).containsExactly("SERIOUS");
	}

	/** A case of the tier taken to CHECKED by the administrator. */
	private long checked(String tier) {
		long id = cases.handling("\"tier\":\"" + tier + "\"");
		cases.ok(id, "feedback", "\"note\":\"已处置 / Done\"");
		cases.ok(id, "check", "\"passed\":true");
		assertThat(cases.get(id).path("state").asString()).isEqualTo("CHECKED");
		return id;
	}

	private void rule(String tier, String closers) {
		ok(api.put("/api/v1/closing-rules/" + tier, "{\"closers\":[" + closers + "]}"));
	}

	private List<String> allowed(long id, String username) {
		return strings(ok(as(username).get("/api/v1/cases/" + id)).path("allowedActions"), null);
	}

	private TestApi as(String username) {
		return api.as(username, PASSWORD);
	}

	private static String close(long id) {
		return "/api/v1/cases/" + id + "/actions/close";
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private void account(String username, String unit, String... roles) {
		String list = "\"" + String.join("\",\"", roles) + "\"";
		Response person = api.post("/api/v1/people", """
				{"name":"%s","unitCode":"%s","roles":[%s]}""".formatted(username, unit, list));
		assertThat(person.status()).as(person.body().toString()).isEqualTo(201);
		Response account = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"%s","password":"%s","roles":[%s],"personId":%d}
				""".formatted(username, username, PASSWORD, list, person.body().path("id").asLong()));
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
	}
}
