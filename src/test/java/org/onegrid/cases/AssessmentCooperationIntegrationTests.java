package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.AssessmentMonthIntegrationTests.number;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 协同配合度: in September 2032, a month no other test uses, one assisting department feeds back its part within the
 * handling deadline and another after it; a third is named on a case the lead returns before it could answer, which
 * does not count against it; nor does a part in a case later voided. The department figures count each assisting
 * assignment and the share fed back in time.
 */
@IntegrationTest
class AssessmentCooperationIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsAssistingAssignmentsAndTheShareFedBackInTime() {
		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2032-09-06T09:00");
		long joint = cases.filed("");
		cases.ok(joint, "dispatch", "\"department\":\"municipal-works\",\"assistingDepartments\":[\"greening\","
				+ "\"sanitation\"]");
		cases.ok(joint, "sign", "");
		cases.ok(joint, "assist-feedback", "\"department\":\"greening\",\"note\":\"按时 / In time\"");
		long returned = cases.filed("");
		cases.ok(returned, "dispatch", "\"department\":\"municipal-works\",\"assistingDepartments\":[\"water\"]");
		cases.ok(returned, "return", "\"reason\":\"不属本单位职责 / Not ours\"");
		long voided = cases.filed("");
		cases.ok(voided, "dispatch", "\"department\":\"municipal-works\",\"assistingDepartments\":[\"greening\"]");
		cases.ok(voided, "sign", "");
		cases.ok(voided, "request-void", "\"reason\":\"重复录入 / Entered twice\"");
		cases.ok(voided, "approve", "");

		clock.setShanghai("2032-09-28T09:00");
		cases.ok(joint, "assist-feedback", "\"department\":\"sanitation\",\"note\":\"超期 / Late\"");
		cases.ok(joint, "feedback", "\"note\":\"已办结 / Done\"");
		clock.setShanghai("2032-10-15T09:00");
		ModuleEvents.awaitTakenIn(jdbc, "assessment");

		assertThat(row("greening")).as("its part in the voided case does not count").containsEntry("assisting", "1").containsEntry("assistedOnTime", "1")
			.containsEntry("cooperationRate", "1");
		assertThat(row("sanitation")).containsEntry("assisting", "1").containsEntry("assistedOnTime", "0")
			.containsEntry("cooperationRate", "0");
		assertThat(row("water")).as("returned before it could answer").isEmpty();
		assertThat(row("municipal-works")).containsEntry("assisting", "0").containsEntry("cooperationRate", "null");
	}

	private Map<String, String> row(String department) {
		Response response = api.get("/api/v1/assessment/indicators?period=2032-09&objectType=DEPARTMENT");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		Map<String, String> values = new TreeMap<>();
		for (JsonNode row : response.body().path("rows")) {
			if (row.path("object").asString().equals(department)) {
				row.path("values").properties().forEach(e -> values.put(e.getKey(), number(e.getValue())));
			}
		}
		return values;
	}
}
