package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A grid's figures say how far its team falls short of its layer's team template, and follow the team as people
 * join it: a community that a 1+2 template applies to shows three places empty, then none once the team is filled.
 */
@IntegrationTest
class AssessmentGridTeamIntegrationTests {

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
	void aGridsTeamVacanciesFollowItsLayersTemplateAndItsTeam() {
		CaseFixtures cases = new CaseFixtures(api).withLayerWithoutStreet();
		PeopleFixtures people = new PeopleFixtures(api);
		Response template = api.put("/api/v1/team-templates/case-nostreet", """
				{"name":"社区网格 1+2","levelName":"社区","slots":[{"role":"grid-chief","count":1},
				 {"role":"full-time-worker","count":2}]}""");
		assertThat(template.status()).as(template.body().toString()).isEqualTo(200);
		clock.setShanghai("2035-03-06T10:00");
		cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", CaseFixtures.NO_STREET_LON,
				CaseFixtures.NO_STREET_LAT, ""));
		clock.setShanghai("2035-03-06T11:00");
		ModuleEvents.awaitTakenIn(jdbc, "assessment");

		JsonNode before = n91();
		assertThat(before.path("teamVacancies").asInt()).isEqualTo(3);
		assertThat(before.path("teamComplete").asInt()).isZero();

		people.assign("case-nostreet", "N91", people.person("社区网格长", "test-departments", null, "grid-chief"),
				"grid-chief");
		assertThat(n91().path("teamVacancies").asInt()).isEqualTo(2);
		for (String name : new String[] { "专职网格员甲", "专职网格员乙" }) {
			people.assign("case-nostreet", "N91", people.person(name, "test-departments", null, "full-time-worker"),
					"full-time-worker");
		}
		JsonNode after = n91();
		assertThat(after.path("teamVacancies").asInt()).isZero();
		assertThat(after.path("teamComplete").asInt()).isEqualTo(1);
		assertThat(after.path("reported").asInt()).isEqualTo(1);
	}

	private JsonNode n91() {
		Response response = api.get("/api/v1/assessment/indicators?period=2035-03&objectType=grid");
		assertThat(response.status()).isEqualTo(200);
		for (JsonNode row : response.body().path("rows")) {
			if (row.path("object").asString().equals("N91")) {
				return row.path("values");
			}
		}
		throw new AssertionError("no row for N91 in " + response.body());
	}
}
