package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real cases of November 2028 (used by no other test) tell the assessment who verified, checked, accepted, filed and
 * dispatched them and against which stage limit. The administrator takes every step: a citizen's report verified,
 * taken through to dispatch, handled and checked, once rejected at check, on Monday the 6th; and a patrol report
 * accepted only on Thursday the 9th, three working days into a one-day intake limit, filed at once, and then
 * voided.
 */
@IntegrationTest
class PeopleAssessmentIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCasesStepsCarryWhoTookThemAndTheirStageLimits() {
		clock.setShanghai("2028-11-06T09:00");
		long citizen = cases.report(CaseFixtures.reportOf("CITIZEN", "COMPONENT", "0201", CaseFixtures.LON,
				CaseFixtures.LAT, "")).path("id").asLong();
		cases.ok(citizen, "verify", "\"confirmed\":true");
		cases.ok(citizen, "accept", "");
		cases.ok(citizen, "file", "\"conditionMet\":true");
		cases.ok(citizen, "dispatch", "\"department\":\"municipal-works\"");
		cases.ok(citizen, "sign", "");
		cases.ok(citizen, "feedback", "\"note\":\"已处理 / Done\"");
		cases.ok(citizen, "check", "\"passed\":false");
		cases.ok(citizen, "feedback", "\"note\":\"重修 / Redone\"");
		cases.ok(citizen, "check", "\"passed\":true");
		long patrol = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		clock.setShanghai("2028-11-09T09:00");
		cases.ok(patrol, "accept", "");
		cases.ok(patrol, "file", "\"conditionMet\":true");
		cases.ok(patrol, "request-void", "\"reason\":\"误报 / Not a problem\"");
		cases.ok(patrol, "approve", "");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
		clock.setShanghai("2028-12-05T09:00");

		assertThat(row("worker", "admin")).containsEntry("verifications", "1")
			.containsEntry("onTimeVerificationRate", "1")
			.containsEntry("checks", "2")
			.containsEntry("onTimeCheckRate", "1");
		assertThat(row("department", "municipal-works")).as("the failed check still counts as a rework")
			.containsEntry("reworked", "1");
		assertThat(row("worker", "admin")).as("the patrol report, voided, is not valid")
			.containsEntry("reports", "1")
			.containsEntry("validReports", "0");
		assertThat(row("operator", "admin")).containsEntry("accepted", "2")
			.containsEntry("onTimeAccepted", "1")
			.containsEntry("filed", "2")
			.containsEntry("onTimeFiled", "2")
			.containsEntry("accurateFiled", "1")
			.containsEntry("dispatched", "1")
			.containsEntry("onTimeDispatched", "1")
			.containsEntry("accurateDispatched", "1");
	}

	private Map<String, String> row(String type, String object) {
		Response response = api.get("/api/v1/assessment/indicators?period=2028-11&objectType=" + type);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		Map<String, String> values = new LinkedHashMap<>();
		for (JsonNode row : response.body().path("rows")) {
			if (row.path("object").asString().equals(object)) {
				row.path("values").properties()
					.forEach(e -> values.put(e.getKey(), AssessmentMonthIntegrationTests.number(e.getValue())));
			}
		}
		return values;
	}
}
