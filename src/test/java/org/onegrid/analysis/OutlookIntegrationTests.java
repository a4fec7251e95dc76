package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Twenty-eight months of a community's reports of one category, every one closed and answered at the callback in
 * the last twelve: all satisfied for nine months, half dissatisfied in the last three. The street's dispatcher sees
 * the months counted, the months and the year ahead, and satisfaction falling by the stated test; the other street's
 * dispatcher sees nothing of it. The months before the current one are sealed before they are read.
 */
@IntegrationTest
class OutlookIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonthSeal seal;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aStreetsDispatcherSeesTheMonthsAheadAndSatisfactionFalling() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		for (int i = 0; i < 28; i++) {
			String month = "%d-%02d".formatted(2030 + i / 12, i % 12 + 1);
			int cases = i < 25 ? 2 : 4;
			for (int c = 0; c < cases; c++) {
				clock.setShanghai(month + "-1" + c + "T09:00");
				long id = district.report("0206", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT + 0.001 * c);
				if (i >= 16) {
					district.close(id);
					district.act(id, "evaluate", "\"satisfaction\":\"%s\"".formatted(i >= 25 && c % 2 == 1
							? "DISSATISFIED" : c == 0 ? "SATISFIED" : "MOSTLY_SATISFIED"));
				}
			}
		}
		clock.setShanghai("2032-02-29T23:30");
		district.report("0205", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT);
		clock.setShanghai("2032-03-01T00:30");
		district.report("0205", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT);
		clock.setShanghai("2032-05-12T09:00");
		district.report("0206", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT);
		AnalysisFixtures.awaitFacts(jdbc);
		seal.seal(ZoneId.of("Asia/Shanghai"), clock.instant());

		TestApi east = api.as("dispatcher-ana-at1", TestStaff.PASSWORD);
		JsonNode outlook = ok(east.get("/api/v1/analysis/outlook?layer=ana-test&grid=AT1&category=0206&months=12"));
		Map<String, Integer> history = new HashMap<>();
		outlook.path("history").forEach(m -> history.put(m.path("month").asString(), m.path("count").asInt()));
		assertThat(history).containsEntry("2030-01", 2).containsEntry("2031-01", 2).containsEntry("2032-01", 2).containsEntry("2032-04", 4)
			.doesNotContainKey("2032-05");
		assertThat(outlook.path("history").get(0).path("month").asString())
			.as("no earlier than three years back, nor than the district's first report").isBetween("2029-05", "2030-01");
		assertThat(outlook.path("monthToDate").path("count").asInt()).isEqualTo(1);
		assertThat(outlook.path("months")).hasSize(12);
		assertThat(outlook.path("months").get(0).path("month").asString()).isEqualTo("2032-05");
		assertThat(outlook.path("months").get(11).path("month").asString()).isEqualTo("2033-04");
		assertThat(outlook.path("backtest").path("heldOutMonths").asInt()).isEqualTo(6);

		Map<Integer, JsonNode> years = new HashMap<>();
		outlook.path("years").forEach(y -> years.put(y.path("year").asInt(), y));
		assertThat(years.get(2030).path("reported").asInt()).isEqualTo(24);
		assertThat(years.get(2031).path("reported").asInt()).isEqualTo(24);
		assertThat(years.get(2031).path("projected").isNull()).as("a past year is counted, not projected").isTrue();
		assertThat(years.get(2032).path("reported").asInt()).isEqualTo(15);
		double rest = 0;
		for (int m = 0; m < 8; m++) {
			rest += outlook.path("months").get(m).path("expected").asDouble();
		}
		assertThat(years.get(2032).path("projected").asDouble()).as("January to April counted, the rest expected")
			.isCloseTo(14 + rest, within(0.05));
		assertThat(years.get(2033).path("projected").isNull()).as("the forecast stops in April").isTrue();

		Map<String, JsonNode> opinion = new HashMap<>();
		outlook.path("opinion").forEach(m -> opinion.put(m.path("month").asString(), m));
		assertThat(opinion.get("2031-04").path("evaluated").asInt()).isZero();
		assertThat(opinion.get("2031-04").path("rate").isNull()).isTrue();
		assertThat(opinion.get("2031-05").path("satisfied").asInt()).as("基本满意 counts as satisfied").isEqualTo(2);
		assertThat(opinion.get("2032-03").path("dissatisfied").asInt()).isEqualTo(2);
		assertThat(opinion.get("2032-03").path("rate").asDouble()).isEqualTo(0.5);
		JsonNode trend = outlook.path("opinionTrend");
		assertThat(trend.path("recentFrom").asString() + ".." + trend.path("recentTo").asString())
			.isEqualTo("2032-02..2032-04");
		assertThat(trend.path("recentAnswers").asInt() + "/" + trend.path("earlierAnswers").asInt()).isEqualTo("12/18");
		assertThat(trend.path("recentRate").asDouble()).isEqualTo(0.5);
		assertThat(trend.path("earlierRate").asDouble()).isEqualTo(1.0);
		assertThat(trend.path("z").asDouble()).as("(0.5 − 1) ÷ √(0.8 · 0.2 · (1/12 + 1/18))").isEqualTo(-3.3541);
		assertThat(trend.path("direction").asString()).isEqualTo("FALLING");

		Map<String, Integer> edges = new HashMap<>();
		ok(east.get("/api/v1/analysis/outlook?layer=ana-test&grid=AT1&category=0205")).path("history")
			.forEach(m -> edges.put(m.path("month").asString(), m.path("count").asInt()));
		assertThat(edges).as("months are the district's, not UTC's").containsEntry("2032-02", 1)
			.containsEntry("2032-03", 1);

		TestApi west = api.as("dispatcher-ana-at2", TestStaff.PASSWORD);
		assertThat(west.get("/api/v1/analysis/outlook?layer=ana-test&grid=AT1&category=0206").status())
			.as("another street's outlook is not confirmed").isEqualTo(404);
		assertThat(east.get("/api/v1/analysis/outlook").status()).as("the whole district's is for who sees all of it")
			.isEqualTo(403);
		Response bad = east.get("/api/v1/analysis/outlook?grid=AT1&category=a%20b&months=25");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("months",
				"category", "layer");
		assertThat(ok(api.get("/api/v1/analysis/outlook?layer=ana-test&category=0206")).path("monthToDate")
			.path("count").asInt()).as("the whole district, for a reader of all of it").isEqualTo(1);
		JsonNode nowhere = ok(api.get("/api/v1/analysis/outlook?layer=no-such-layer"));
		assertThat(nowhere.path("history")).as("a layer with no report has no months yet").isEmpty();
		assertThat(nowhere.path("monthToDate").path("count").asInt()).isZero();
		assertThat(nowhere.path("backtest").isNull()).isTrue();
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}
}
