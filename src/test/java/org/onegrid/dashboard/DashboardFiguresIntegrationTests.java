package org.onegrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.cases.LightSweep;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures with known cases in the tests' own district, as two street dispatchers see them: each
 * counts only their street's cases and workers, by the district's day and month, and overdue, on-time and on
 * patrol follow the clock.
 */
@IntegrationTest
class DashboardFiguresIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep sweep;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsTheViewersCasesByChannelStreetCategoryAndDeadline() {
		DashboardFixtures district = new DashboardFixtures(api);
		TestApi east = api.as("dispatcher-dash-dt4", DashboardFixtures.PASSWORD);
		TestApi west = api.as("dispatcher-dash-dt5", DashboardFixtures.PASSWORD);
		clock.setShanghai("2026-03-10T09:00");
		long onTime = district.handling(4);
		long late = district.handling(4);
		district.report("HOTLINE_12345", "0202", 4);
		district.report("PATROL", "0202", 5);
		long worker = district.workerOf(4);
		Response checkIn = api.post("/api/v1/people/" + worker + "/check-ins", """
				{"layerCode":"dash-test","gridCode":"DT41","lon":%s,"lat":%s}""".formatted(
				DashboardFixtures.lonOfStreet(4), DashboardFixtures.LAT));
		assertThat(checkIn.body().path("accepted").asBoolean()).as(checkIn.body().toString()).isTrue();
		clock.setShanghai("2026-03-10T09:20");
		assertThat(figures(east).path("onPatrol").asLong()).as("checked in 20 minutes ago").isEqualTo(1);
		assertThat(figures(west).path("onPatrol").asLong()).as("serves another street").isZero();
		clock.setShanghai("2026-03-10T23:59");
		district.report("PATROL", "0201", 4);

		JsonNode today = figures(east);
		assertThat(today.path("date").asString()).isEqualTo("2026-03-10");
		assertThat(today.path("workingDay").asBoolean()).isTrue();
		assertThat(today.path("intakeToday").path("PATROL").asLong()).isEqualTo(3);
		assertThat(today.path("intakeToday").path("HOTLINE_12345").asLong()).isEqualTo(1);
		assertThat(today.path("intakeToday").path("VIDEO").asLong()).isZero();
		assertThat(today.path("intakeTotal").asLong()).isEqualTo(4);
		assertThat(today.path("open").asLong()).isEqualTo(4);
		assertThat(today.path("overdue").asLong()).isZero();
		assertThat(today.path("streets")).hasSize(1);
		assertThat(today.path("streets").get(0).path("code").asString()).isEqualTo("DT4");
		assertThat(today.path("streets").get(0).path("name").asString()).isEqualTo("北湖街道");
		assertThat(today.path("streets").get(0).path("open").asLong()).isEqualTo(4);
		assertThat(today.path("topToday").get(0).path("code").asString()).isEqualTo("0201");
		assertThat(today.path("topToday").get(0).path("count").asLong()).isEqualTo(3);
		assertThat(today.path("topToday").get(1).path("code").asString()).isEqualTo("0202");
		assertThat(today.path("topToday").get(0).path("nameZh").asString()).isNotBlank();
		assertThat(today.path("onTimeRate").isNull()).as("nothing closed yet").isTrue();
		assertThat(today.path("onPatrol").asLong()).as("the check-in is long past").isZero();
		JsonNode westToday = figures(west);
		assertThat(westToday.path("intakeTotal").asLong()).isEqualTo(1);
		assertThat(westToday.path("streets").get(0).path("code").asString()).isEqualTo("DT5");

		clock.setShanghai("2026-03-11T00:01");
		district.close(onTime);
		JsonNode nextDay = figures(east);
		assertThat(nextDay.path("intakeTotal").asLong()).as("a new day in Shanghai").isZero();
		assertThat(nextDay.path("topMonth").get(0).path("count").asLong()).isEqualTo(3);
		assertThat(nextDay.path("closedThisMonth").asLong()).isEqualTo(1);
		assertThat(nextDay.path("onTimeRate").decimalValue()).isEqualByComparingTo("1");
		assertThat(nextDay.path("open").asLong()).isEqualTo(3);

		clock.setShanghai("2026-03-30T10:00");
		sweep.sweep();
		JsonNode overdue = figures(east);
		assertThat(overdue.path("overdue").asLong()).isEqualTo(3);
		assertThat(overdue.path("streets").get(0).path("overdue").asLong()).isEqualTo(3);
		district.close(late);
		JsonNode month = figures(east);
		assertThat(month.path("closedThisMonth").asLong()).isEqualTo(2);
		assertThat(month.path("closedOnTime").asLong()).isEqualTo(1);
		assertThat(month.path("onTimeRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(month.path("overdue").asLong()).isEqualTo(2);

		clock.setShanghai("2026-04-01T08:00");
		JsonNode april = figures(east);
		assertThat(april.path("topMonth")).isEmpty();
		assertThat(april.path("onTimeRate").isNull()).isTrue();
		assertThat(april.path("open").asLong()).isEqualTo(2);
	}

	@Test
	void refusesViewersWithoutTheDashboardPermission() {
		new DashboardFixtures(api);
		Response handler = api.as("handler-municipal-works", DashboardFixtures.PASSWORD).get("/api/v1/dashboard/figures");
		assertThat(handler.status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/dashboard/figures").status()).isEqualTo(401);
	}

	private static JsonNode figures(TestApi viewer) {
		Response response = viewer.get("/api/v1/dashboard/figures");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}
}
