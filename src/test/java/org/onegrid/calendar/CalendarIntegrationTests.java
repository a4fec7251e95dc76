package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CalendarIntegrationTests {

	@Autowired
	TestApi api;

	@Test
	void listsTheCoveredYears() {
		Response response = api.get("/api/v1/calendar/years");
		assertThat(response.status()).isEqualTo(200);
		assertThat(ints(response.body().get("coveredYears")))
			.containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(response.body().get("zone").asString()).isEqualTo("Asia/Shanghai");
		JsonNode last = response.body().get("years").get(7);
		assertThat(last.get("year").asInt()).isEqualTo(2026);
		assertThat(last.get("source").asString()).isEqualTo("BUNDLED");
		assertThat(last.get("offDays").asInt()).isEqualTo(33);
		assertThat(last.get("workedDays").asInt()).isEqualTo(6);
	}

	@Test
	void listsDaysWithTheirKindsAroundNationalDay() {
		Response response = api.get("/api/v1/calendar/days?from=2025-09-28&to=2025-10-12");
		assertThat(response.status()).isEqualTo(200);
		JsonNode days = response.body();
		assertThat(days.size()).isEqualTo(15);
		assertThat(days.get(0).get("date").asString()).isEqualTo("2025-09-28");
		assertThat(days.get(0).get("kind").asString()).isEqualTo("MAKE_UP_WORKDAY");
		assertThat(days.get(0).get("holiday").asString()).isEqualTo("国庆节、中秋节");
		assertThat(days.get(0).get("workingDay").asBoolean()).isTrue();
		assertThat(days.get(3).get("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(days.get(3).get("workingDay").asBoolean()).isFalse();
		assertThat(days.get(14).get("kind").asString()).isEqualTo("WEEKEND");
	}

	@Test
	void computesADayDeadlineAcrossNationalDay() {
		Response response = api.get("/api/v1/calendar/deadline?start=2025-09-30T02:00:00Z&days=5");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("deadline").asString()).isEqualTo("2025-10-14T09:30:00Z");
		assertThat(response.body().get("localDeadline").asString()).startsWith("2025-10-14T17:30");
		assertThat(response.body().get("limit").get("unit").asString()).isEqualTo("DAYS");
	}

	@Test
	void computesAnHourDeadlineAcrossNationalDay() {
		Response response = api.get("/api/v1/calendar/deadline?start=2025-09-30T09:00:00Z&hours=2");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("deadline").asString()).isEqualTo("2025-10-09T02:00:00Z");
		assertThat(response.body().get("workingMinutes").asLong()).isEqualTo(120);
	}

	@Test
	void rejectsARangeEndingBeforeItStarts() {
		assertProblem(api.get("/api/v1/calendar/days?from=2025-10-12&to=2025-10-01"), 400, "BEFORE_FROM");
	}

	@Test
	void rejectsARangeLongerThanAYear() {
		assertProblem(api.get("/api/v1/calendar/days?from=2024-01-01&to=2025-01-01"), 400, "RANGE_TOO_LONG");
		assertThat(api.get("/api/v1/calendar/days?from=2024-01-01&to=2024-12-31").body().size()).isEqualTo(366);
	}

	@Test
	void rejectsAnInvalidDate() {
		assertProblem(api.get("/api/v1/calendar/days?from=2025-13-01&to=2025-12-31"), 400, "INVALID_FORMAT");
	}

	@Test
	void rejectsADeadlineWithBothOrNeitherUnit() {
		assertProblem(api.get("/api/v1/calendar/deadline?start=2025-09-30T02:00:00Z&days=1&hours=1"), 400, "ONE_OF");
		assertProblem(api.get("/api/v1/calendar/deadline?start=2025-09-30T02:00:00Z"), 400, "ONE_OF");
	}

	@Test
	void rejectsANonPositiveLimit() {
		assertProblem(api.get("/api/v1/calendar/deadline?start=2025-09-30T02:00:00Z&days=0"), 400, "OUT_OF_RANGE");
	}

	@Test
	void countsMondayToFridayInAYearWithoutScheduleAndSaysSo() {
		Response days = api.get("/api/v1/calendar/days?from=2026-12-31&to=2027-01-04");
		assertThat(days.status()).isEqualTo(200);
		assertThat(days.body().get(0).get("basis").asString()).isEqualTo("WEEK");
		assertThat(days.body().get(0).get("fallback").asBoolean()).isFalse();
		assertThat(days.body().get(1).get("kind").asString()).isEqualTo("WORKDAY");
		assertThat(days.body().get(1).get("basis").asString()).isEqualTo("FALLBACK");
		assertThat(days.body().get(1).get("fallback").asBoolean()).isTrue();
		assertThat(days.body().get(2).get("kind").asString()).isEqualTo("WEEKEND");

		Response deadline = api.get("/api/v1/calendar/deadline?start=2026-12-30T02:00:00Z&days=5");
		assertThat(deadline.status()).isEqualTo(200);
		assertThat(deadline.body().get("deadline").asString()).isEqualTo("2027-01-06T09:30:00Z");
		assertThat(deadline.body().get("fallback").asBoolean()).isTrue();
		assertThat(ints(deadline.body().get("fallbackYears"))).containsExactly(2027);

		Response inside = api.get("/api/v1/calendar/deadline?start=2026-12-21T02:00:00Z&days=5");
		assertThat(inside.body().get("fallback").asBoolean()).isFalse();
		assertThat(inside.body().get("fallbackYears").isEmpty()).isTrue();
	}

	private static void assertProblem(Response response, int status, String code) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo(code);
	}

	private static List<Integer> ints(JsonNode array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asInt()));
		return values;
	}
}
