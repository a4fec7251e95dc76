package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The warning that the holiday schedules run out, by the moved clock, for the command centre and the log. */
@IntegrationTest
class CalendarCoverageIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	CoverageWatch watch;

	@AfterEach
	void resetClockAndSchedules() {
		clock.reset();
		api.delete("/api/v1/calendar/years/2027");
	}

	@Test
	void warnsFromSixtyDaysBeforeTheSchedulesRunOutOnceADayUntilNextYearIsLoaded() {
		clock.setShanghai("2026-10-31T10:00");
		assertThat(status().path("state").asString()).isEqualTo("COVERED");
		assertThat(status().path("warning").asBoolean()).isFalse();
		assertThat(watch.check()).isFalse();

		clock.setShanghai("2026-11-01T10:00");
		JsonNode status = status();
		assertThat(status.path("state").asString()).isEqualTo("RUNNING_OUT");
		assertThat(status.path("warning").asBoolean()).isTrue();
		assertThat(status.path("daysLeft").asInt()).isEqualTo(60);
		assertThat(status.path("lastCoveredDay").asString()).isEqualTo("2026-12-31");
		assertThat(status.path("firstFallbackDay").asString()).isEqualTo("2027-01-01");
		assertThat(watch.check()).isTrue();
		clock.advance(Duration.ofHours(3));
		assertThat(watch.check()).isFalse();
		clock.advance(Duration.ofDays(1));
		assertThat(watch.check()).isTrue();
		assertThat(api.get("/api/v1/calendar/years").body().path("status").path("daysLeft").asInt()).isEqualTo(59);

		assertThat(api.put("/api/v1/calendar/years/2027", CalendarMaintenanceIntegrationTests.HOLIDAY_CN_2027)
			.status()).isEqualTo(200);
		assertThat(status().path("state").asString()).isEqualTo("COVERED");
		assertThat(status().path("warnFrom").asString()).isEqualTo("2027-11-01");
		clock.advance(Duration.ofDays(1));
		assertThat(watch.check()).isFalse();
	}

	@Test
	void saysTheCalendarEstimatesOnceTodaysYearHasNoSchedule() {
		clock.setShanghai("2027-01-04T10:00");
		JsonNode status = status();
		assertThat(status.path("state").asString()).isEqualTo("FALLBACK");
		assertThat(status.path("firstFallbackDay").asString()).isEqualTo("2027-01-04");
		assertThat(watch.check()).isTrue();
	}

	private JsonNode status() {
		return api.get("/api/v1/calendar/status").body();
	}
}
