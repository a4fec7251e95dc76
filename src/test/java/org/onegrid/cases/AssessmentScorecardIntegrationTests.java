package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A district states its own scorecards through the API: a grid scorecard that weighs only what patrols find scores
 * the month again at once, with the district's own grade names; a scorecard that does not add up, or weighs a count,
 * is refused field by field and changes nothing; and only who closes the months may change it.
 */
@IntegrationTest
class AssessmentScorecardIntegrationTests {

	private static final String GRID = "/api/v1/assessment/scorecards/grid";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private String original;

	@BeforeEach
	void remember() {
		original = api.get(GRID).body().toString();
	}

	@AfterEach
	void restore() {
		assertThat(api.put(GRID, original).status()).isEqualTo(200);
		clock.reset();
	}

	@Test
	void aDistrictsOwnGridScorecardScoresTheMonthWithItsOwnGrades() {
		JsonNode shipped = api.get("/api/v1/assessment/scorecards").body();
		assertThat(shipped.size()).isEqualTo(5);
		assertThat(api.get(GRID).body().path("items").toString()).contains("discoveryRate", "onTimeClosureRate");

		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2036-05-06T10:00");
		cases.report(CaseFixtures.patrolReport(""));
		clock.setShanghai("2036-06-02T10:00");
		ModuleEvents.awaitTakenIn(jdbc, "assessment");
		assertThat(score("C911")).isEqualTo("40 差");

		Response changed = api.put(GRID, """
				{"items":[{"indicator":"discoveryRate","weight":100,"inverted":false}],
				 "grades":[{"grade":"甲","minScore":95},{"grade":"乙","minScore":0}]}""");
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(changed.body().path("objectType").asString()).isEqualTo("GRID");
		assertThat(score("C911")).isEqualTo("100 甲");
	}

	@Test
	void aScorecardThatDoesNotAddUpOrWeighsACountIsRefusedWhole() {
		Response bad = api.put(GRID, """
				{"items":[{"indicator":"reported","weight":50},{"indicator":"closureRate","weight":0},
				 {"indicator":"closureRate","weight":60}],"grades":[]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("items[0].indicator", "items[1].weight", "items[2].indicator",
				"grades");

		Response short90 = api.put(GRID, """
				{"items":[{"indicator":"closureRate","weight":50},{"indicator":"discoveryRate","weight":40}],
				 "grades":[{"grade":"优","minScore":90},{"grade":"差","minScore":90}]}""");
		assertThat(short90.status()).isEqualTo(400);
		assertThat(fields(short90)).containsExactly("items", "grades[1].minScore");
		assertThat(api.get(GRID).body().toString()).isEqualTo(original);

		assertThat(api.put("/api/v1/assessment/scorecards/planet", "{}").status()).isEqualTo(400);
		TestStaff.unitWith(api, "case-s91", "STREET", "case-d9", "ops", "S91", "leader");
		TestApi leader = api.as("leader-case-s91", TestStaff.PASSWORD);
		assertThat(leader.get(GRID).status()).isEqualTo(200);
		assertThat(leader.put(GRID, original).status()).isEqualTo(403);
	}

	private String score(String grid) {
		Response scores = api.get("/api/v1/assessment/scores?period=2036-05&objectType=grid");
		assertThat(scores.status()).isEqualTo(200);
		for (JsonNode row : scores.body().path("rows")) {
			if (row.path("object").asString().equals(grid)) {
				return new BigDecimal(row.path("score").asString()).stripTrailingZeros().toPlainString() + " "
						+ row.path("grade").asString();
			}
		}
		throw new AssertionError("no score for " + grid + " in " + scores.body());
	}

	private static List<String> fields(Response response) {
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
