package org.onegrid.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;

/**
 * How long the holiday schedules last from today, so that administrators load next year's schedule before the
 * calendar has to estimate: the State Council publishes it only late in the year before.
 *
 * @param today today's date in the calendar's zone
 * @param lastCoveredDay the last day of the unbroken run of years with a schedule that includes today, or
 * {@code null} when today's year has none
 * @param firstFallbackDay the first day from today on whose working days are estimated (Monday–Friday)
 * @param warnFrom the day administrators are warned from, {@code warnDays} before {@code lastCoveredDay}
 * @param daysLeft the days from today to {@code lastCoveredDay}, 0 when today's year has no schedule
 * @param state whether all is well, the data runs out soon, or the calendar already estimates
 */
public record CoverageStatus(LocalDate today, LocalDate lastCoveredDay, LocalDate firstFallbackDay,
		LocalDate warnFrom, long daysLeft, State state) {

	/** How urgent loading a schedule is. */
	public enum State {

		/** The schedules reach further than the warning period. */
		COVERED,

		/** The schedules run out within the warning period. */
		RUNNING_OUT,

		/** Today's year has no schedule: deadlines from now are estimated. */
		FALLBACK
	}

	/** Whether administrators should be told to load a schedule. */
	public boolean isWarning() {
		return state != State.COVERED;
	}

	static CoverageStatus of(SortedSet<Year> covered, LocalDate today, int warnDays) {
		Year year = Year.from(today);
		if (!covered.contains(year)) {
			return new CoverageStatus(today, null, today, today, 0, State.FALLBACK);
		}
		while (covered.contains(year.plusYears(1))) {
			year = year.plusYears(1);
		}
		LocalDate last = year.atMonth(12).atEndOfMonth();
		LocalDate warnFrom = last.minusDays(warnDays);
		return new CoverageStatus(today, last, last.plusDays(1), warnFrom, ChronoUnit.DAYS.between(today, last),
				today.isBefore(warnFrom) ? State.COVERED : State.RUNNING_OUT);
	}
}
