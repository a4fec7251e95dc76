package org.onegrid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CoverageStatusTests {

	private static SortedSet<Year> years(int first, int last) {
		return new TreeSet<>(IntStream.rangeClosed(first, last).mapToObj(Year::of).toList());
	}

	@Test
	void warnsFromSixtyDaysBeforeTheLastCoveredDay() {
		CoverageStatus before = CoverageStatus.of(years(2019, 2026), LocalDate.of(2026, 10, 31), 60);
		assertThat(before.state()).isEqualTo(CoverageStatus.State.COVERED);
		assertThat(before.isWarning()).isFalse();
		assertThat(before.warnFrom()).isEqualTo(LocalDate.of(2026, 11, 1));

		CoverageStatus from = CoverageStatus.of(years(2019, 2026), LocalDate.of(2026, 11, 1), 60);
		assertThat(from.state()).isEqualTo(CoverageStatus.State.RUNNING_OUT);
		assertThat(from.daysLeft()).isEqualTo(60);
		assertThat(from.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(from.firstFallbackDay()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void countsOnlyTheUnbrokenRunOfYearsFromToday() {
		SortedSet<Year> gap = years(2019, 2026);
		gap.add(Year.of(2028));
		CoverageStatus status = CoverageStatus.of(gap, LocalDate.of(2026, 12, 3), 60);
		assertThat(status.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(CoverageStatus.of(years(2019, 2027), LocalDate.of(2026, 12, 3), 60).state())
			.isEqualTo(CoverageStatus.State.COVERED);
	}

	@Test
	void saysTheCalendarEstimatesWhenTodaysYearHasNoSchedule() {
		CoverageStatus status = CoverageStatus.of(years(2019, 2026), LocalDate.of(2027, 1, 4), 60);
		assertThat(status.state()).isEqualTo(CoverageStatus.State.FALLBACK);
		assertThat(status.isWarning()).isTrue();
		assertThat(status.lastCoveredDay()).isNull();
		assertThat(status.firstFallbackDay()).isEqualTo(LocalDate.of(2027, 1, 4));
	}
}
