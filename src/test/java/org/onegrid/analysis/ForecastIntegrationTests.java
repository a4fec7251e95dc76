package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * Six weeks of a community's reports, busy on weekdays and none at weekends, forecast for the week ahead: the
 * street's dispatcher sees the history counted per day, weekdays forecast above weekends and a backtest on the last
 * four weeks; the other street's dispatcher sees nothing of it, and only a reader of the whole district gets the
 * whole district's forecast.
 */
@IntegrationTest
class ForecastIntegrationTests {

	private static final LocalDate TODAY = LocalDate.parse("2036-09-15");

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
	void aStreetsDispatcherSeesTheWeekAheadOfTheirCommunity() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		int reported = 0;
		for (LocalDate day = TODAY.minusWeeks(6); day.isBefore(TODAY); day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() <= 5) {
				for (int i = 0; i < 2 + day.getDayOfWeek().getValue() % 2; i++) {
					clock.setShanghai(day + "T1" + i + ":00");
					district.report("0203", AnalysisFixtures.lonOf(2), AnalysisFixtures.LAT + 0.001 * i);
					reported++;
				}
			}
		}
		clock.setShanghai(TODAY.minusDays(3) + "T15:00");
		district.report("0204", AnalysisFixtures.lonOf(2), AnalysisFixtures.LAT);
		district.report("0204", AnalysisFixtures.lonOf(5), AnalysisFixtures.LAT);
		clock.setShanghai(TODAY + "T09:00");
		AnalysisFixtures.awaitFacts(jdbc);

		TestApi east = api.as("dispatcher-ana-at1", TestStaff.PASSWORD);
		Response answer = east.get("/api/v1/analysis/forecast?layer=ana-test&grid=AT1&category=0203&days=7");
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		JsonNode forecast = answer.body();
		int counted = 0;
		for (JsonNode day : forecast.path("history")) {
			counted += day.path("count").asInt();
		}
		assertThat(counted).isEqualTo(reported);
		assertThat(forecast.path("days")).hasSize(7);
		assertThat(forecast.path("days").get(0).path("date").asString()).isEqualTo(TODAY.toString());
		double monday = forecast.path("days").get(0).path("expected").asDouble();
		double saturday = forecast.path("days").get(5).path("expected").asDouble();
		assertThat(monday).isGreaterThan(1.5);
		assertThat(saturday).isLessThan(0.5);
		assertThat(forecast.path("backtest").path("heldOutDays").asInt()).isEqualTo(28);
		assertThat(forecast.path("backtest").path("mae").asDouble())
			.isLessThanOrEqualTo(forecast.path("backtest").path("seasonalNaiveMae").asDouble() + 0.5);
		JsonNode ratio = forecast.path("backtest").path("ratio");
		assertThat(forecast.path("beatsSeasonalNaive").asBoolean()).isEqualTo(!ratio.isNull() && ratio.asDouble() < 1);

		TestApi west = api.as("dispatcher-ana-at2", TestStaff.PASSWORD);
		assertThat(west.get("/api/v1/analysis/forecast?layer=ana-test&grid=AT1").status()).isEqualTo(404);
		JsonNode quiet = west.get("/api/v1/analysis/forecast?layer=ana-test&grid=AT2&category=0203").body();
		assertThat(quiet.path("beatsSeasonalNaive").asBoolean()).as("nothing to beat where nothing happens").isFalse();
		JsonNode other = west.get("/api/v1/analysis/forecast?layer=ana-test&grid=AT2&category=0204").body();
		assertThat(other.path("history").findValues("count")).as("the street's own report of that category alone")
			.extracting(JsonNode::asInt).containsOnly(0, 1).filteredOn(n -> n == 1).hasSize(1);
		assertThat(east.get("/api/v1/analysis/forecast").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/analysis/forecast?category=0203").status()).isEqualTo(200);
	}

	@Test
	void badParametersAreRefusedOneByOne() {
		Response bad = api.get("/api/v1/analysis/forecast?days=0&category=a%20b&grid=AT1");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().findValuesAsString("field")).containsExactly("days", "category", "layer");
		assertThat(api.get("/api/v1/analysis/forecast?days=many").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/analysis/forecast?layer=ana-test&grid=NOPE").status()).isEqualTo(404);
	}
}
