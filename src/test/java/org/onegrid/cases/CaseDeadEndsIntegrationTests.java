package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.reportOf;
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
 * Every path finishes: a case goes only where someone with an account can take it up, escalation asks the
 * responsibility matrix again at the level it reaches, and each caller is offered only the actions they may take.
 */
@IntegrationTest
class CaseDeadEndsIntegrationTests {

	@Autowired
	TestApi api;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@Test
	void refusesToDispatchToADepartmentNobodyCanTakeUpAndAcceptsOnceItHasAHandler() {
		String department = "dead-end-" + System.nanoTime() % 100_000;
		assertThat(api.put("/api/v1/departments/" + department, """
				{"nameZh":"无人部门","nameEn":"Unstaffed department"}
				""").status()).isIn(200, 201);
		long id = cases.filed("");

		Response refused = cases.attempt(id, "dispatch", "\"department\":\"" + department + "\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("detail").asString()).contains(department, "case:sign");
		assertThat(cases.get(id).path("state").asString()).isEqualTo("FILED");
		assertThat(cases.attempt(id, "dispatch", "\"department\":\"no-such-department\"").body().path("detail")
			.asString()).contains("there is no department or platform 'no-such-department'");

		TestStaff.handlersFor(api, department);
		assertThat(cases.ok(id, "dispatch", "\"department\":\"" + department + "\"").path("state").asString())
			.isEqualTo("DISPATCHED");
	}

	@Test
	void aCaseSentToAPlatformIsSeenAndSignedForByItsDepartmentsHandlers() {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "\"department\":\"market-regulation\"");

		TestApi member = api.as("handler-market-supervision", TestStaff.PASSWORD);
		JsonNode seen = member.get("/api/v1/cases/" + id).body();
		assertThat(strings(seen.path("allowedActions"), null)).contains("sign", "return");
		assertThat(api.as("handler-water", TestStaff.PASSWORD).get("/api/v1/cases/" + id).status()).isEqualTo(404);

		Response signed = member.post("/api/v1/cases/" + id + "/actions/sign", "{}");
		assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
		assertThat(signed.body().path("state").asString()).isEqualTo("HANDLING");
	}

	@Test
	void aCaseNoDepartmentOwnsGoesToItsStreetWhereATerritorialHandlerFinishesIt() {
		long id = cases.report(reportOf("PATROL", "EVENT", "1602", CaseFixtures.LON, CaseFixtures.LAT, ""))
			.path("id").asLong();
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(cases.ok(id, "dispatch", "").path("assignment").path("lead").asString()).isEqualTo("grid:S91");

		TestApi street = api.as("territorial-handler-case-s91", TestStaff.PASSWORD);
		assertThat(street.post("/api/v1/cases/" + id + "/actions/sign", "{}").status()).isEqualTo(200);
		Response fed = street.post("/api/v1/cases/" + id + "/actions/feedback", "{\"note\":\"已处理 / Done\"}");
		assertThat(fed.status()).as(fed.body().toString()).isEqualTo(200);
		assertThat(fed.body().path("state").asString()).isEqualTo("HANDLED");
	}

	@Test
	void offersEachCallerOnlyTheActionsTheirRolesAndPlaceAllow() {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "\"department\":\"municipal-works\",\"assistingDepartments\":[\"water\"]");

		assertThat(strings(cases.get(id).path("allowedActions"), null)).contains("sign", "merge", "supervise");
		assertThat(strings(api.as("handler-municipal-works", TestStaff.PASSWORD).get("/api/v1/cases/" + id).body()
			.path("allowedActions"), null)).contains("sign", "return").doesNotContain("merge", "supervise");
		assertThat(strings(api.as("dispatcher-case-s91", TestStaff.PASSWORD).get("/api/v1/cases/" + id).body()
			.path("allowedActions"), null)).contains("merge").doesNotContain("sign", "return");

		TestApi assisting = api.as("handler-water", TestStaff.PASSWORD);
		assertThat(strings(assisting.get("/api/v1/cases/" + id).body().path("allowedActions"), null))
			.doesNotContain("sign");
		Response notTheirs = assisting.post("/api/v1/cases/" + id + "/actions/sign", "{}");
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.body().path("detail").asString()).contains("municipal-works");

		api.as("handler-municipal-works", TestStaff.PASSWORD).post("/api/v1/cases/" + id + "/actions/sign", "{}");
		assertThat(strings(assisting.get("/api/v1/cases/" + id).body().path("allowedActions"), null))
			.contains("assist-feedback").doesNotContain("sign", "feedback", "request-postponement");
	}

	@Test
	void leadFeedbackWhilePartnersWorkSaysWhoIsAwaited() {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "\"department\":\"municipal-works\",\"assistingDepartments\":[\"water\",\"greening\"]");
		cases.ok(id, "sign", "");

		Response early = cases.attempt(id, "feedback", "\"note\":\"已修补 / Patched\"");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body().path("detail").asString()).contains("assisting departments", "water", "greening",
				"assist-feedback");
	}

	@Test
	void escalationKeepsItsNoteAndAsksTheMatrixAgainAtTheLevelItReaches() {
		Response rule = api.post("/api/v1/catalogue/rules", """
				{"kind":"COMPONENT","categoryCode":"0201","layerCode":"ops","gridCode":"C911",
				 "leadDepartment":"water","assistingDepartments":[],"note":"社区水务负责 / The community's water team"}
				""");
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(201);
		try {
			long id = cases.filed("");
			assertThat(cases.get(id).path("responsibility").path("leadDepartment").asString()).isEqualTo("water");

			JsonNode escalated = cases.ok(id, "escalate",
					"\"reason\":\"社区无力处置 / Beyond the community\",\"note\":\"请街道协调 / Street, please\"");
			assertThat(escalated.path("handlingGrid").asString()).isEqualTo("S91");
			assertThat(escalated.path("responsibility").path("leadDepartment").asString())
				.isEqualTo("municipal-works");
			JsonNode entry = escalated.path("timeline").get(escalated.path("timeline").size() - 1);
			assertThat(entry.path("note").asString()).isEqualTo("请街道协调 / Street, please");
			assertThat(entry.path("details").path("suggestedLead").asString()).isEqualTo("municipal-works");
			assertThat(cases.ok(id, "dispatch", "").path("assignment").path("lead").asString())
				.isEqualTo("municipal-works");
		}
		finally {
			api.delete("/api/v1/catalogue/rules/" + rule.body().path("id").asLong());
		}
	}

	@Test
	void refusesToEscalateWhereNobodyAboveCouldDispatch() {
		if (api.get("/api/v1/layers/dead-ends").status() != 200) {
			api.post("/api/v1/layers", """
					{"code":"dead-ends","name":"无人层","kind":"governance","levelNames":["区","社区"],"codeRule":"FREE"}
					""");
			Response imported = api.post("/api/v1/layers/dead-ends/import", """
					{"type":"FeatureCollection","features":[
					 {"type":"Feature","properties":{"code":"E7","name":"无人区","parent":null,"level":"区"},
					  "geometry":{"type":"Polygon","coordinates":[[[40.4,0],[40.45,0],[40.45,0.05],[40.4,0.05],[40.4,0]]]}},
					 {"type":"Feature","properties":{"code":"E71","name":"无人社区","parent":"E7","level":"社区"},
					  "geometry":{"type":"Polygon","coordinates":[[[40.4,0],[40.42,0],[40.42,0.02],[40.4,0.02],[40.4,0]]]}}]}
					""");
			assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		}
		long id = cases.report(reportOf("PATROL", "COMPONENT", "0201", 40.41, 0.01, "")).path("id").asLong();
		cases.ok(id, "accept", "");
		assertThat(cases.get(id).path("handlingGrid").asString()).isEqualTo("E71");

		Response refused = cases.attempt(id, "escalate", "\"reason\":\"社区无力处置 / Beyond the community\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("detail").asString()).contains("supervising level", "case:dispatch");
		assertThat(cases.get(id).path("handlingGrid").asString()).isEqualTo("E71");
	}
}
