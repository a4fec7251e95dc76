package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analysis facts made afresh from the stored cases equal those the events kept: a case counts in the category
 * it was reported in though filing corrected it, where it lies now after a correction of its point, with its
 * closing time and the citizen's answer at the callback. Facts that were lost or went wrong come back as the events would have left them.
 */
@IntegrationTest
class AnalysisFactsIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnalysisFacts facts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void factsMadeAfreshFromTheCasesEqualTheKeptOnes() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		clock.setShanghai("2029-03-05T09:00");
		long closed = district.report("0201", AnalysisFixtures.lonOf(1), AnalysisFixtures.LAT);
		district.close(closed);
		district.act(closed, "evaluate", "\"satisfaction\":\"MOSTLY_SATISFIED\"");
		long recategorised = district.report("0202", AnalysisFixtures.lonOf(2), AnalysisFixtures.LAT);
		district.act(recategorised, "accept", "");
		district.act(recategorised, "file", "\"conditionMet\":true,\"kind\":\"EVENT\",\"minorCode\":\"0401\"");
		long moved = district.report("0203", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT);
		Response relocated = api.post("/api/v1/cases/" + moved + "/actions/relocate",
				"{\"lon\":49.7,\"lat\":6.05,\"reason\":\"坐标有误 / The point was wrong\"}");
		assertThat(relocated.status()).as(relocated.body().toString()).isEqualTo(200);
		long open = district.report("0201", AnalysisFixtures.lonOf(4), AnalysisFixtures.LAT);
		List<Long> ids = List.of(closed, recategorised, moved, open);
		AnalysisFixtures.awaitFacts(jdbc);
		List<Map<String, Object>> kept = rows(ids);
		assertThat(kept).hasSize(4);
		assertThat(kept.get(0).get("closed_at")).isNotNull();
		assertThat(kept.get(0).get("satisfaction")).isEqualTo("MOSTLY_SATISFIED");
		assertThat(kept.get(0).get("evaluated_at")).isNotNull();
		assertThat(kept.get(1).get("minor_code") + "/" + kept.get(1).get("kind")).as("counted as reported")
			.isEqualTo("0202/COMPONENT");
		assertThat(kept.get(2).get("grid")).isEqualTo("AT21");

		jdbc.sql("DELETE FROM analysis_report WHERE case_id = ANY (?)").param(new Long[] { closed, moved }).update();
		jdbc.sql("UPDATE analysis_report SET grid = 'AT11', closed_at = now(), minor_code = '0401', "
				+ "satisfaction = 'DISSATISFIED', evaluated_at = now() "
				+ "WHERE case_id = ANY (?)").param(new Long[] { recategorised, open }).update();
		long counted = facts.rebuild();

		assertThat(counted).isGreaterThanOrEqualTo(4);
		assertThat(rows(ids)).as("the facts made afresh").isEqualTo(kept);
		assertThat(api.get("/api/v1/cases/" + recategorised).body().path("minorCode").asString())
			.as("the case itself keeps its corrected category").isEqualTo("0401");
	}

	private List<Map<String, Object>> rows(List<Long> ids) {
		return jdbc.sql("""
				SELECT case_id, layer, grid, kind, minor_code, reported_at, lon, lat, closed_at, satisfaction, evaluated_at
				FROM analysis_report
				WHERE case_id = ANY (?) ORDER BY case_id""").param(ids.toArray(Long[]::new)).query().listOfRows();
	}
}
