package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final Clock clock = Clock.fixed(Instant.parse("2026-09-30T12:00:00Z"), ZoneOffset.UTC);

	private final WorkingCalendar calendar = new WorkingCalendar(clock, CalendarProperties.defaults());

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	@Test
	void countsTheWorkingDaysOfEachPublishedYear() {
		Map<Integer, Integer> expected = Map.of(2019, 250, 2020, 249, 2021, 250, 2022, 249, 2023, 249, 2024, 251,
				2025, 248, 2026, 248);
		expected.forEach((year, days) -> assertThat(
				calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
			.as("working days in %d", year)
			.isEqualTo(days));
	}

	@Test
	void coversTheYearsWithAPublishedScheduleOnly() {
		assertThat(calendar.coveredYears()).containsExactlyElementsOf(
				IntStream.rangeClosed(2019, 2026).mapToObj(Year::of).toList());
		assertThat(calendar.covers(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(calendar.covers(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void countsMakeUpSaturdayAsWorkingDay() {
		assertThat(calendar.day(LocalDate.of(2023, 10, 7)))
			.isEqualTo(new CalendarDay(LocalDate.of(2023, 10, 7), DayKind.MAKE_UP_WORKDAY, "中秋节、国庆节", DayBasis.SCHEDULE));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
	}

	@Test
	void countsMakeUpSundaysAsWorkingDays() {
		assertThat(calendar.kindOf(LocalDate.of(2023, 10, 8))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(calendar.kindOf(LocalDate.of(2024, 2, 4))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(calendar.kindOf(LocalDate.of(2024, 2, 18))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
	}

	@Test
	void doesNotCountHolidaysOnWeekdaysAsWorkingDays() {
		assertThat(calendar.day(LocalDate.of(2025, 10, 8)))
			.isEqualTo(new CalendarDay(LocalDate.of(2025, 10, 8), DayKind.HOLIDAY, "国庆节、中秋节", DayBasis.SCHEDULE));
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
		assertThat(calendar.kindOf(LocalDate.of(2026, 2, 16))).isEqualTo(DayKind.HOLIDAY);
	}

	@Test
	void followsTheMondayToFridayWeekOnUnscheduledDays() {
		assertThat(calendar.day(LocalDate.of(2025, 11, 14)))
			.isEqualTo(new CalendarDay(LocalDate.of(2025, 11, 14), DayKind.WORKDAY, null, DayBasis.WEEK));
		assertThat(calendar.day(LocalDate.of(2025, 11, 15)))
			.isEqualTo(new CalendarDay(LocalDate.of(2025, 11, 15), DayKind.WEEKEND, null, DayBasis.WEEK));
	}

	@Test
	void treatsAWeekdayScheduledAsWorkedAsAnOrdinaryWorkday() {
		assertThat(calendar.kindOf(LocalDate.of(2020, 2, 3))).isEqualTo(DayKind.WORKDAY);
	}

	@Test
	void countsWorkingDaysForwardAndBackAcrossNationalDay() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 9), -1)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 4), 0)).isEqualTo(LocalDate.of(2025, 10, 4));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 12))).isEqualTo(6);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 12), LocalDate.of(2025, 9, 28))).isEqualTo(-6);
	}

	@Test
	void fiveWorkingDaysFromTheEveOfNationalDay2025EndAfterItCountingTheMakeUpSaturday() {
		assertThat(calendar.deadline(at("2025-09-30T10:00"), WorkingDuration.days(5)))
			.isEqualTo(at("2025-10-14T17:30"));
	}

	@Test
	void fiveWorkingDaysFromTheEveOfNationalDay2026EndAfterItCountingTheMakeUpSaturday() {
		assertThat(calendar.deadline(at("2026-09-30T16:00"), WorkingDuration.days(5)))
			.isEqualTo(at("2026-10-13T17:30"));
	}

	@Test
	void fiveWorkingDaysFromTheEveOfSpringFestival2026CountTheMakeUpSaturdayBeforeIt() {
		assertThat(calendar.deadline(at("2026-02-13T11:00"), WorkingDuration.days(5)))
			.isEqualTo(at("2026-02-27T17:30"));
	}

	@Test
	void dayLimitIgnoresTheStartDayAndItsTimeAndEndsAtCloseOfBusiness() {
		Instant tuesdayClose = at("2025-11-18T17:30");
		assertThat(calendar.deadline(at("2025-11-17T07:00"), WorkingDuration.days(1))).isEqualTo(tuesdayClose);
		assertThat(calendar.deadline(at("2025-11-17T16:59"), WorkingDuration.days(1))).isEqualTo(tuesdayClose);
		assertThat(calendar.deadline(at("2025-11-17T22:00"), WorkingDuration.days(1))).isEqualTo(tuesdayClose);
		assertThat(calendar.deadline(at("2025-11-15T10:00"), WorkingDuration.days(1))).isEqualTo(at("2025-11-17T17:30"));
	}

	@Test
	void changheLimitsForAGeneralCaseDispatchedBeforeSpringFestival2026() {
		Instant dispatched = at("2026-02-09T10:00");
		assertThat(calendar.deadline(dispatched, WorkingDuration.days(1))).isEqualTo(at("2026-02-10T17:30"));
		assertThat(calendar.deadline(dispatched, WorkingDuration.days(5))).isEqualTo(at("2026-02-14T17:30"));
		Instant cap = calendar.deadline(dispatched, WorkingDuration.days(15));
		assertThat(cap).isEqualTo(at("2026-03-06T17:30"));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 7))).isEqualTo(15);
	}

	@Test
	void hourLimitSkipsNightAndWeekend() {
		assertThat(calendar.deadline(at("2025-11-14T16:00"), WorkingDuration.hours(4))).isEqualTo(at("2025-11-17T11:00"));
		assertThat(calendar.deadline(at("2025-11-18T17:00"), WorkingDuration.hours(1))).isEqualTo(at("2025-11-19T09:00"));
	}

	@Test
	void hourLimitSkipsLunch() {
		assertThat(calendar.deadline(at("2025-11-17T11:00"), WorkingDuration.hours(2))).isEqualTo(at("2025-11-17T14:00"));
	}

	@Test
	void hourLimitSkipsHolidaysAndCountsMakeUpDays() {
		assertThat(calendar.deadline(at("2025-09-30T17:00"), WorkingDuration.hours(2))).isEqualTo(at("2025-10-09T10:00"));
		assertThat(calendar.deadline(at("2025-09-26T17:00"), WorkingDuration.hours(1))).isEqualTo(at("2025-09-28T09:00"));
	}

	@Test
	void hourLimitStartingOutsideWorkingHoursStartsWithTheNextWorkingPeriod() {
		assertThat(calendar.deadline(at("2025-11-17T07:00"), WorkingDuration.hours(1))).isEqualTo(at("2025-11-17T09:30"));
		assertThat(calendar.deadline(at("2025-11-17T12:15"), WorkingDuration.hours(1))).isEqualTo(at("2025-11-17T14:00"));
		assertThat(calendar.deadline(at("2025-11-15T10:00"), WorkingDuration.hours(1))).isEqualTo(at("2025-11-17T09:30"));
	}

	@Test
	void hourLimitEndingWithAPeriodEndsThereNotAtTheNextPeriod() {
		assertThat(calendar.deadline(at("2025-11-17T08:30"), WorkingDuration.hours(8))).isEqualTo(at("2025-11-17T17:30"));
		assertThat(calendar.deadline(at("2025-11-17T09:00"), WorkingDuration.hours(3)))
			.isEqualTo(at("2025-11-17T12:00"));
	}

	@Test
	void workingTimeUntilAnHourDeadlineIsExactlyTheLimit() {
		for (String start : List.of("2025-09-26T16:40", "2025-09-30T12:30", "2026-02-13T08:00", "2025-11-15T03:00")) {
			for (int hours : new int[] { 1, 3, 8, 20, 40 }) {
				Instant deadline = calendar.deadline(at(start), WorkingDuration.hours(hours));
				assertThat(calendar.workingTimeBetween(at(start), deadline)).as("%s + %dh", start, hours)
					.isEqualTo(Duration.ofHours(hours));
			}
		}
	}

	@Test
	void workingTimeCountsOnlyWorkingHoursOfWorkingDays() {
		assertThat(calendar.workingTimeBetween(at("2025-11-17T06:00"), at("2025-11-17T23:00"))).isEqualTo(Duration.ofHours(8));
		assertThat(calendar.workingTimeBetween(at("2025-11-14T16:00"), at("2025-11-17T09:00")))
			.isEqualTo(Duration.ofHours(2));
		assertThat(calendar.workingTimeBetween(at("2025-09-30T09:00"), at("2025-10-09T09:00")))
			.isEqualTo(Duration.ofHours(8));
		assertThat(calendar.workingTimeBetween(at("2025-11-17T12:10"), at("2025-11-17T12:50"))).isZero();
	}

	@Test
	void workingTimePastADeadlineIsNegative() {
		assertThat(calendar.workingTimeBetween(at("2025-11-18T10:00"), at("2025-11-17T17:00")))
			.isEqualTo(Duration.ofHours(-2));
	}

	@Test
	void yellowLightShareOfADayLimitFollowsWorkingTime() {
		Instant start = at("2025-11-17T10:00");
		Instant deadline = calendar.deadline(start, WorkingDuration.days(1));
		Duration total = calendar.workingTimeBetween(start, deadline);
		assertThat(total).isEqualTo(Duration.ofMinutes(14 * 60 + 30));
		assertThat(calendar.workingTimeBetween(start, at("2025-11-18T14:36"))).isEqualTo(total.multipliedBy(8).dividedBy(10));
	}

	@Test
	void readsTodayAndElapsedWorkingTimeFromTheClock() {
		assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(calendar.workingTimeSince(at("2026-09-30T09:30"))).isEqualTo(Duration.ofHours(7));
	}

	@Test
	void countsMondayToFridayIn2027AndMarksItAsAnEstimate() {
		assertThat(calendar.day(LocalDate.of(2027, 1, 4)))
			.isEqualTo(new CalendarDay(LocalDate.of(2027, 1, 4), DayKind.WORKDAY, null, DayBasis.FALLBACK));
		assertThat(calendar.day(LocalDate.of(2027, 1, 2)).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.day(LocalDate.of(2027, 1, 2)).isFallback()).isTrue();
		assertThat(calendar.day(LocalDate.of(2018, 6, 1)).isFallback()).isTrue();
		assertThat(calendar.day(LocalDate.of(2026, 12, 31)).isFallback()).isFalse();
	}

	@Test
	void countsAndDeadlinesRunningInto2027UseTheMondayToFridayWeekThere() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.deadline(at("2026-12-28T10:00"), WorkingDuration.days(15))).isEqualTo(at("2027-01-18T17:30"));
		assertThat(calendar.deadline(at("2026-12-31T17:00"), WorkingDuration.hours(1))).isEqualTo(at("2027-01-01T09:00"));
		assertThat(calendar.workingTimeBetween(at("2026-12-31T09:00"), at("2027-01-04T09:00")))
			.isEqualTo(Duration.ofMinutes(7 * 60 + 30 + 8 * 60 + 30));
	}

	@Test
	void namesTheYearsOfARangeThatAreEstimated() {
		assertThat(calendar.fallbackYears(LocalDate.of(2026, 12, 28), LocalDate.of(2028, 1, 3)))
			.containsExactly(Year.of(2027), Year.of(2028));
		assertThat(calendar.fallbackYears(LocalDate.of(2027, 1, 3), LocalDate.of(2026, 12, 1)))
			.containsExactly(Year.of(2027));
		assertThat(calendar.fallbackYears(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
	}

	@Test
	void acceptsANextYearScheduleAddedByTheDistrict(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("2027.json"), """
				{"year": 2027, "papers": [], "days": [
				  {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
				]}""");
		var properties = new CalendarProperties(SHANGHAI, List.of("08:30-12:00", "13:00-17:30"),
				List.of(CalendarProperties.BUNDLED_DATA, dir.toUri() + "*.json"), 60);
		var extended = new WorkingCalendar(clock, properties);
		assertThat(extended.coveredYears()).contains(Year.of(2026), Year.of(2027));
		assertThat(extended.kindOf(LocalDate.of(2027, 1, 1))).isEqualTo(DayKind.HOLIDAY);
		assertThat(extended.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void countsInTheConfiguredWorkingHours() {
		var properties = new CalendarProperties(SHANGHAI, List.of("09:00-12:00", "14:00-18:00"),
				List.of(CalendarProperties.BUNDLED_DATA), 60);
		var custom = new WorkingCalendar(clock, properties);
		assertThat(custom.deadline(at("2025-11-17T11:00"), WorkingDuration.hours(2))).isEqualTo(at("2025-11-17T15:00"));
		assertThat(custom.deadline(at("2025-11-17T11:00"), WorkingDuration.days(1))).isEqualTo(at("2025-11-18T18:00"));
	}

	@Test
	void rejectsOverlappingOrMalformedWorkingHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse(List.of("08:30-12:00", "11:00-17:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse(List.of("17:00-08:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse(List.of("8.30 to 12")));
	}

	@Test
	void rejectsLimitsBelowOneUnit() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDuration.days(0));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDuration.hours(-2));
	}
}
