package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.AssessmentMonthIntegrationTests.awaitFacts;
import static org.onegrid.cases.AssessmentMonthIntegrationTests.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

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
 * The assessment keeps its facts step by step as the cases' events arrive. After random histories (returns and
 * re-dispatches, postponements, failed checks sent back for rework, voids, evaluations, cases left open) in June
 * 2032, a month no other test uses, the figures it reports equal a full recomputation from the cases' own
 * timelines, done here independently of the assessment's tables.
 */
@IntegrationTest
class AssessmentRandomHistoriesIntegrationTests {

	private static final String[] COUNTED = { "toHandle", "handled", "onTimeHandled", "closed", "reworked",
		"postponed", "evaluated", "satisfied" };

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.onegrid.assessment.AssessmentRollups rollups;

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
	void maintainedFiguresEqualARecomputationFromTheTimelines() {
		Random random = new Random(20320601L);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			clock.setShanghai("2032-06-%02dT09:00".formatted(1 + i % 12));
			ids.add(new RandomHistory(cases, clock, random).walk());
		}
		clock.setShanghai("2032-07-15T09:00");
		awaitFacts(jdbc);

		Map<String, Map<String, Long>> expected = new TreeMap<>();
		long filed = 0;
		long closed = 0;
		for (long id : ids) {
			JsonNode timeline = cases.get(id).path("timeline");
			Recount.departments(timeline, expected);
			boolean voided = Recount.has(timeline, "approve", "VOIDED");
			filed += voided ? 0 : 1;
			closed += !voided && Recount.has(timeline, "close", null) ? 1 : 0;
		}
		assertThat(expected.keySet()).as("the random histories reach every department").hasSize(RandomHistory.DEPARTMENTS.length);
		for (Map.Entry<String, Map<String, Long>> department : expected.entrySet()) {
			Map<String, String> reported = row("DEPARTMENT", department.getKey());
			for (String indicator : COUNTED) {
				assertThat(reported.get(indicator)).as(department.getKey() + " " + indicator)
					.isEqualTo(String.valueOf(department.getValue().getOrDefault(indicator, 0L)));
			}
		}
		JsonNode grids = indicators("GRID").path("rows");
		assertThat(grids).hasSize(1);
		assertThat(number(grids.path(0).path("values").path("reported"))).isEqualTo(String.valueOf(ids.size()));
		assertThat(number(grids.path(0).path("values").path("filed"))).isEqualTo(String.valueOf(filed));
		assertThat(number(grids.path(0).path("values").path("closed"))).isEqualTo(String.valueOf(closed));

		List<Map<String, Object>> maintained = dispatchRows(ids);
		assertThat(maintained).as("a row per dispatch").hasSizeGreaterThanOrEqualTo(ids.size());
		List<Map<String, Object>> assists = rows("assessment_assist", ids);
		assertThat(assists).as("some histories have assisting departments").isNotEmpty();
		assertThat(rollups.rebuild()).isPositive();
		assertThat(dispatchRows(ids)).as("the rollup kept step by step equals one derived afresh").isEqualTo(maintained);
		assertThat(rows("assessment_assist", ids)).as("assisting parts settled step by step equal those settled afresh")
			.isEqualTo(assists);
	}

	private List<Map<String, Object>> dispatchRows(List<Long> ids) {
		return rows("assessment_dispatch", ids);
	}

	private List<Map<String, Object>> rows(String table, List<Long> ids) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE case_id = ANY (:ids) ORDER BY case_id, seq, department")
			.param("ids", ids.toArray(Long[]::new))
			.query()
			.listOfRows()
			.stream()
			.map(row -> {
				Map<String, Object> comparable = new TreeMap<>();
				row.forEach((column, value) -> comparable.put(column, String.valueOf(value)));
				return comparable;
			})
			.toList();
	}

	private JsonNode indicators(String type) {
		Response response = api.get("/api/v1/assessment/indicators?period=2032-06&objectType=" + type);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private Map<String, String> row(String type, String code) {
		Map<String, String> values = new TreeMap<>();
		for (JsonNode row : indicators(type).path("rows")) {
			if (row.path("object").asString().equals(code)) {
				row.path("values").properties().forEach(e -> values.put(e.getKey(), number(e.getValue())));
			}
		}
		assertThat(values).as(code + " has a row").isNotEmpty();
		return values;
	}
}
