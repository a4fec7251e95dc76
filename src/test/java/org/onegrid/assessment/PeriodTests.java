package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTests {

	@Test
	void namesADayAWeekAMonthOrAYear() {
		assertThat(Period.parse("2026-11-05")).isEqualTo(new Period(Period.Kind.DAY, "2026-11-05",
				LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6)));
		assertThat(Period.parse("2026-W45")).isEqualTo(new Period(Period.Kind.WEEK, "2026-W45",
				LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9)));
		assertThat(Period.parse("2026-11")).isEqualTo(new Period(Period.Kind.MONTH, "2026-11",
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
		assertThat(Period.parse(" 2026 ")).isEqualTo(new Period(Period.Kind.YEAR, "2026", LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 1, 1)));
	}

	@Test
	void aWeekOfTheTurnOfTheYearStartsOnItsMonday() {
		assertThat(Period.parse("2026-W01").start()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(Period.parse("2026-W53").start()).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	@Test
	void refusesWhatNamesNoPeriod() {
		assertThat(Period.parse("2026-13")).isNull();
		assertThat(Period.parse("2025-W53")).isNull();
		assertThat(Period.parse("2026-11-31")).isNull();
		assertThat(Period.parse("november")).isNull();
	}

	@Test
	void theSamePeriodAYearBefore() {
		assertThat(Period.parse("2026-03-01").yearBefore().label()).isEqualTo("2025-03-01");
		assertThat(Period.parse("2026-W45").yearBefore().label()).isEqualTo("2025-W45");
		assertThat(Period.parse("2026-W53").yearBefore().label()).isEqualTo("2025-W52");
		assertThat(Period.parse("2026-11").yearBefore().label()).isEqualTo("2025-11");
		assertThat(Period.parse("2026").yearBefore().label()).isEqualTo("2025");
	}

	@Test
	void thePreviousPeriodIsOfTheSameKind() {
		assertThat(Period.parse("2026-01").previous().label()).isEqualTo("2025-12");
		assertThat(Period.parse("2026-W01").previous().label()).isEqualTo("2025-W52");
		assertThat(Period.parse("2026-03-01").previous().label()).isEqualTo("2026-02-28");
		assertThat(Period.parse("2026").previous().label()).isEqualTo("2025");
	}
}
