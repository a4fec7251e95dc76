package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HolidayScheduleTests {

	private static final Map<Year, YearSchedule> SHIPPED = HolidayFiles.load(List.of(CalendarProperties.BUNDLED_DATA));

	private final HolidaySchedule shipped = HolidaySchedule.of(SHIPPED);

	private static YearSchedule loaded(int year, Map<LocalDate, HolidaySchedule.Entry> days) {
		return new YearSchedule(Year.of(year), ScheduleSource.LOADED, days, List.of(), Instant.EPOCH, "admin");
	}

	@Test
	void skipsTheEmptyShippedFileOf2027() {
		assertThat(SHIPPED).containsKeys(Year.of(2019), Year.of(2026)).doesNotContainKey(Year.of(2027));
		assertThat(shipped.covered().last()).isEqualTo(Year.of(2026));
	}

	@Test
	void aLoadedScheduleReplacesTheShippedFileOfItsYearWhole() {
		HolidaySchedule replaced = shipped.withLoaded(loaded(2026,
				Map.of(LocalDate.of(2026, 3, 2), new HolidaySchedule.Entry("测试", true))));
		assertThat(replaced.day(LocalDate.of(2026, 3, 2)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(replaced.day(LocalDate.of(2026, 10, 1)).kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(replaced.day(LocalDate.of(2026, 10, 1)).basis()).isEqualTo(DayBasis.WEEK);
		assertThat(replaced.years().get(Year.of(2026)).source()).isEqualTo(ScheduleSource.LOADED);
		assertThat(replaced.shippedYears()).contains(Year.of(2026));
		assertThat(replaced.day(LocalDate.of(2025, 10, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
	}

	@Test
	void aLoadedYearIsCoveredAndItsNeighbourYearDaysApplyWhereTheirOwnYearSaysNothing() {
		HolidaySchedule.Entry newYear = new HolidaySchedule.Entry("元旦", true);
		HolidaySchedule next = shipped.withLoaded(loaded(2028,
				Map.of(LocalDate.of(2027, 12, 31), newYear, LocalDate.of(2028, 1, 1), newYear)));
		assertThat(next.covered()).contains(Year.of(2028)).doesNotContain(Year.of(2027));
		assertThat(next.day(LocalDate.of(2027, 12, 31)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(next.day(LocalDate.of(2027, 12, 30)).isFallback()).isTrue();
	}

	@Test
	void anExceptionOverridesTheScheduleForItsDayOnly() {
		HolidaySchedule excepted = shipped.withStored(Map.of(), List.of(
				new DayException(LocalDate.of(2026, 10, 1), true, "值守 / On duty", Instant.EPOCH, "admin"),
				new DayException(LocalDate.of(2026, 7, 15), false, "台风停工", Instant.EPOCH, "admin"),
				new DayException(LocalDate.of(2026, 7, 18), true, "补班", Instant.EPOCH, "admin")));
		assertThat(excepted.day(LocalDate.of(2026, 10, 1)))
			.isEqualTo(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.WORKDAY, "值守 / On duty", DayBasis.EXCEPTION));
		assertThat(excepted.day(LocalDate.of(2026, 7, 15)).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(excepted.day(LocalDate.of(2026, 7, 18)).kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(excepted.day(LocalDate.of(2026, 10, 2)).kind()).isEqualTo(DayKind.HOLIDAY);
	}
}
