package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Loading a year's schedule, single-day exceptions and their effect on deadlines, through the API. The 2027
 * schedule here is made up for the tests (the real one is not published yet): New Year's Day off and a worked
 * Saturday before the Spring Festival.
 */
@IntegrationTest
class CalendarMaintenanceIntegrationTests {

	static final String HOLIDAY_CN_2027 = """
			{"$schema":"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
			 "$id":"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
			 "year":2027,"papers":["https://example.org/test-notice"],
			 "days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},
			         {"name":"春节","date":"2027-02-06","isOffDay":false},
			         {"name":"春节","date":"2027-02-08","isOffDay":true}]}""";

	private static final String FIFTEEN_DAYS_FROM_28_DECEMBER =
			"/api/v1/calendar/deadline?start=2026-12-28T02:00:00Z&days=15";

	@Autowired
	TestApi api;

	@Autowired
	Schedules schedules;

	@Autowired
	ScheduleRefresh refresh;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void takesBackWhatTheTestLoaded() {
		api.delete("/api/v1/calendar/years/2027");
		api.get("/api/v1/calendar/exceptions").body()
			.forEach(exception -> api.delete("/api/v1/calendar/exceptions/" + exception.path("date").asString()));
	}

	@Test
	void loadsAYearInTheHolidayCnFormatAfterADryRunThatChangesNothing() {
		Response dryRun = api.put("/api/v1/calendar/years/2027?dryRun=true", HOLIDAY_CN_2027);
		assertThat(dryRun.status()).as(dryRun.body().toString()).isEqualTo(200);
		assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
		assertThat(dryRun.body().path("format").asString()).isEqualTo("holiday-cn");
		assertThat(dryRun.body().path("workingDaysBefore").asInt()).isEqualTo(261);
		assertThat(dryRun.body().path("workingDaysAfter").asInt()).isEqualTo(260);
		assertThat(changedDates(dryRun)).containsExactly("2027-01-01", "2027-02-06", "2027-02-08");
		JsonNode newYear = dryRun.body().path("changes").get(0);
		assertThat(newYear.path("before").path("basis").asString()).isEqualTo("FALLBACK");
		assertThat(newYear.path("after").path("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(api.get(FIFTEEN_DAYS_FROM_28_DECEMBER).body().path("fallback").asBoolean()).isTrue();

		Response loaded = api.put("/api/v1/calendar/years/2027", HOLIDAY_CN_2027);
		assertThat(loaded.status()).isEqualTo(200);
		assertThat(loaded.body().path("dryRun").asBoolean()).isFalse();
		JsonNode deadline = api.get(FIFTEEN_DAYS_FROM_28_DECEMBER).body();
		assertThat(deadline.path("deadline").asString()).isEqualTo("2027-01-19T09:30:00Z");
		assertThat(deadline.path("fallback").asBoolean()).isFalse();
		JsonNode years = api.get("/api/v1/calendar/years").body();
		assertThat(years.path("coveredYears").toString()).endsWith("2026,2027]");
		JsonNode year2027 = years.path("years").get(years.path("years").size() - 1);
		assertThat(year2027.path("source").asString()).isEqualTo("LOADED");
		assertThat(year2027.path("shipped").asBoolean()).isFalse();
		assertThat(year2027.path("loadedBy").asString()).isEqualTo("admin");
		assertThat(year2027.path("papers").get(0).asString()).isEqualTo("https://example.org/test-notice");

		assertThat(api.delete("/api/v1/calendar/years/2027").status()).isEqualTo(204);
		assertThat(api.get(FIFTEEN_DAYS_FROM_28_DECEMBER).body().path("deadline").asString())
			.isEqualTo("2027-01-18T09:30:00Z");
		assertThat(api.delete("/api/v1/calendar/years/2027").status()).isEqualTo(404);
	}

	@Test
	void loadsAYearAsAPlainListOrAsTextLines() {
		Response list = api.put("/api/v1/calendar/years/2027", """
				{"year":2027,"offDays":["2027-01-01","2027-02-08"],"workDays":["2027-02-06"]}""");
		assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
		assertThat(list.body().path("format").asString()).isEqualTo("list");
		assertThat(kindOn("2027-02-06")).isEqualTo("MAKE_UP_WORKDAY");
		assertThat(kindOn("2027-03-01")).isEqualTo("WORKDAY");

		Response lines = api.put("/api/v1/calendar/years/2027", """
				# 2027
				2027-01-01 休 元旦
				2027-03-01 off 测试日
				""", MediaType.TEXT_PLAIN);
		assertThat(lines.status()).as(lines.body().toString()).isEqualTo(200);
		assertThat(lines.body().path("format").asString()).isEqualTo("lines");
		assertThat(kindOn("2027-03-01")).isEqualTo("HOLIDAY");
		assertThat(kindOn("2027-02-06")).isEqualTo("WEEKEND");
	}

	@Test
	void anExceptionMovesADeadlineUntilItIsRemoved() {
		String oneDayFromMonday = "/api/v1/calendar/deadline?start=2026-07-13T02:00:00Z&days=1";
		assertThat(api.get(oneDayFromMonday).body().path("deadline").asString()).isEqualTo("2026-07-14T09:30:00Z");

		Response set = api.put("/api/v1/calendar/exceptions/2026-07-14", """
				{"workingDay":false,"name":"台风停工 / Closed for a typhoon"}""");
		assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
		assertThat(set.body().path("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(set.body().path("basis").asString()).isEqualTo("EXCEPTION");
		assertThat(api.get(oneDayFromMonday).body().path("deadline").asString()).isEqualTo("2026-07-15T09:30:00Z");
		JsonNode listed = api.get("/api/v1/calendar/exceptions?year=2026").body();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("changedBy").asString()).isEqualTo("admin");
		assertThat(api.get("/api/v1/calendar/exceptions?year=2025").body()).isEmpty();
		assertThat(api.get("/api/v1/audit?action=config-change").body().toString())
			.contains("PUT /api/v1/calendar/exceptions/2026-07-14");

		Response removed = api.delete("/api/v1/calendar/exceptions/2026-07-14");
		assertThat(removed.body().path("basis").asString()).isEqualTo("WEEK");
		assertThat(api.get(oneDayFromMonday).body().path("deadline").asString()).isEqualTo("2026-07-14T09:30:00Z");
		assertThat(api.delete("/api/v1/calendar/exceptions/2026-07-14").status()).isEqualTo(404);
	}

	@Test
	void seesAChangeAnotherInstanceStoredAfterTheNextRefresh() {
		LocalDate date = LocalDate.of(2026, 8, 3);
		transactions.executeWithoutResult(status -> schedules
			.put(new DayException(date, false, "另一实例 / Another instance", Instant.now(), "elsewhere")));
		refresh.refresh();
		assertThat(calendar.day(date).basis()).isEqualTo(DayBasis.EXCEPTION);
		assertThat(calendar.isWorkingDay(date)).isFalse();
	}

	private String kindOn(String date) {
		return api.get("/api/v1/calendar/days?from=" + date + "&to=" + date).body().get(0).path("kind").asString();
	}

	private static List<String> changedDates(Response response) {
		List<String> dates = new ArrayList<>();
		response.body().path("changes").forEach(change -> dates.add(change.path("date").asString()));
		return dates;
	}
}
