package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.NO_STREET_LAT;
import static org.onegrid.cases.CaseFixtures.NO_STREET_LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;
import static org.onegrid.cases.CaseFixtures.strings;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Filing (立案) against the filing condition, recategorising, and who becomes responsible: the minor class's
 * department, the street (属地管理), or arbitration (仲裁) when nobody is.
 */
@IntegrationTest
class CaseFilingIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api).withLayerWithoutStreet();
		clock.setShanghai("2026-03-05T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void refusesFilingWithoutTheFilingCondition() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		cases.ok(id, "accept", "");
		assertThat(errors(cases.attempt(id, "file", ""), 400)).containsExactly("conditionMet:NOT_CONFIRMED");
		assertThat(errors(cases.attempt(id, "file", "\"conditionMet\":false"), 400))
			.containsExactly("conditionMet:NOT_CONFIRMED");
		assertThat(cases.get(id).path("state").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void filingRecategorisesAndRecomputesTheDispatchDeadlineFromAcceptance() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		JsonNode accepted = cases.ok(id, "accept", "");
		assertThat(accepted.path("clock").path("deadline").asString()).isEqualTo("2026-03-06T09:30:00Z");
		clock.advance(Duration.ofMinutes(20));

		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true,\"kind\":\"EVENT\",\"minorCode\":\"0401\","
				+ "\"tier\":\"SERIOUS\"");
		assertThat(filed.path("state").asString()).isEqualTo("FILED");
		assertThat(filed.path("kind").asString()).isEqualTo("EVENT");
		assertThat(filed.path("minorCode").asString()).isEqualTo("0401");
		assertThat(filed.path("tier").asString()).isEqualTo("SERIOUS");
		assertThat(filed.path("handlingGrid").asString()).isEqualTo("S91");
		assertThat(filed.path("responsibility").path("leadDepartment").asString()).isEqualTo("water");
		assertThat(filed.path("clock").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(filed.path("clock").path("startedAt").asString()).isEqualTo("2026-03-05T01:00:00Z");
		assertThat(filed.path("clock").path("deadline").asString()).isEqualTo("2026-03-05T02:00:00Z");
		JsonNode entry = filed.path("timeline").get(2);
		assertThat(entry.path("details").path("minorCode").asString()).isEqualTo("0401");
		assertThat(entry.path("details").path("suggestedLead").asString()).isEqualTo("water");
	}

	@Test
	void filingWithAHigherUrgencyShortensTheDispatchLimit() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		cases.ok(id, "accept", "");
		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true,\"urgency\":\"CRITICAL\"");
		assertThat(filed.path("urgency").asString()).isEqualTo("CRITICAL");
		assertThat(filed.path("minorCode").asString()).isEqualTo("0201");
		assertThat(filed.path("clock").path("deadline").asString()).isEqualTo("2026-03-05T03:00:00Z");
	}

	@Test
	void refusesRecategorisingToAnUnknownClass() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		cases.ok(id, "accept", "");
		assertThat(errors(cases.attempt(id, "file", "\"conditionMet\":true,\"kind\":\"EVENT\",\"minorCode\":\"0999\""),
				400)).containsExactly("minorCode:UNKNOWN_CATEGORY");
		assertThat(errors(cases.attempt(id, "file", "\"conditionMet\":true,\"minorCode\":\"0401\""), 400))
			.containsExactly("kind:REQUIRED");
	}

	@Test
	void caseOfAClassWithoutDepartmentGoesToItsStreet() {
		long id = cases.report(reportOf("PATROL", "EVENT", "0703", LON, LAT, "")).path("id").asLong();
		cases.ok(id, "accept", "");
		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(filed.path("state").asString()).isEqualTo("FILED");
		assertThat(filed.path("responsibility").path("basis").asString()).isEqualTo("TERRITORIAL");
		assertThat(filed.path("responsibility").path("territory").asString()).isEqualTo("S91");

		JsonNode dispatched = cases.ok(id, "dispatch", "");
		assertThat(dispatched.path("assignment").path("lead").asString()).isEqualTo("grid:S91");
		assertThat(cases.total("department=grid:S91&category=0703")).isPositive();
	}

	@Test
	void caseWithNobodyResponsibleWaitsForArbitrationAndIsDispatchedToTheDecidedDepartment() {
		JsonNode reported = cases.report(reportOf("PATROL", "EVENT", "0601", NO_STREET_LON, NO_STREET_LAT, ""));
		long id = reported.path("id").asLong();
		assertThat(reported.path("primaryLayer").asString()).isEqualTo("case-nostreet");
		assertThat(reported.path("handlingGrid").asString()).isEqualTo("N91");
		cases.ok(id, "accept", "");

		JsonNode unclear = cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(unclear.path("state").asString()).isEqualTo("ARBITRATION");
		assertThat(unclear.path("responsibility").path("basis").asString()).isEqualTo("UNCLEAR");
		assertThat(strings(unclear.path("allowedActions"), null)).contains("arbitrate").doesNotContain("dispatch");
		assertThat(cases.attempt(id, "dispatch", "\"department\":\"housing\"").status()).isEqualTo(409);
		assertThat(errors(cases.attempt(id, "arbitrate", ""), 400)).containsExactly("department:REQUIRED");

		JsonNode decided = cases.ok(id, "arbitrate", "\"department\":\"housing\",\"assistingDepartments\":[\"justice\"]");
		assertThat(decided.path("state").asString()).isEqualTo("FILED");
		assertThat(decided.path("responsibility").path("leadDepartment").asString()).isEqualTo("housing");
		assertThat(decided.path("responsibility").path("ruleId").isNull()).isTrue();
		JsonNode dispatched = cases.ok(id, "dispatch", "");
		assertThat(dispatched.path("assignment").path("lead").asString()).isEqualTo("housing");
		assertThat(strings(dispatched.path("assignment").path("assisting"), "department")).containsExactly("justice");
		assertThat(api.get("/api/v1/catalogue/rules?kind=EVENT&category=0601").body()).isEmpty();
	}

	@Test
	void arbitrationRecordedAsARuleFilesTheNextSuchCaseStraightAway() {
		String report = reportOf("PATROL", "EVENT", "1602", NO_STREET_LON, NO_STREET_LAT, "");
		long first = cases.report(report).path("id").asLong();
		cases.ok(first, "accept", "");
		assertThat(cases.ok(first, "file", "\"conditionMet\":true").path("state").asString()).isEqualTo("ARBITRATION");
		JsonNode decided = cases.ok(first, "arbitrate", "\"department\":\"justice\",\"recordRule\":true");
		long ruleId = decided.path("responsibility").path("ruleId").asLong();
		assertThat(ruleId).isPositive();

		JsonNode rules = api.get("/api/v1/catalogue/rules?kind=EVENT&category=1602").body();
		assertThat(rules).hasSize(1);
		assertThat(rules.get(0).path("id").asLong()).isEqualTo(ruleId);
		assertThat(rules.get(0).path("layerCode").asString()).isEqualTo("case-nostreet");
		assertThat(rules.get(0).path("gridCode").asString()).isEqualTo("N91");
		assertThat(rules.get(0).path("leadDepartment").asString()).isEqualTo("justice");

		long next = cases.report(report).path("id").asLong();
		cases.ok(next, "accept", "");
		JsonNode filed = cases.ok(next, "file", "\"conditionMet\":true");
		assertThat(filed.path("state").asString()).isEqualTo("FILED");
		assertThat(filed.path("responsibility").path("basis").asString()).isEqualTo("RULE");
		assertThat(filed.path("responsibility").path("ruleId").asLong()).isEqualTo(ruleId);
		assertThat(cases.ok(next, "dispatch", "").path("assignment").path("lead").asString())
			.isEqualTo("justice");
		assertThat(api.delete("/api/v1/catalogue/rules/" + ruleId).status()).isEqualTo(204);
	}
}
