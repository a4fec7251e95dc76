package org.onegrid.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for one viewer, as of one instant, counting only the cases and workers within the
 * viewer's data scope.
 *
 * @param date today in the district's zone
 * @param workingDay whether today is a working day by the working calendar
 * @param workingDaysSoFar the month's working days up to and including today
 * @param workingDaysInMonth the month's working days
 * @param intakeToday cases taken in today, by channel (every channel, zero included)
 * @param open open cases
 * @param overdue open cases whose current stage is overdue (red light)
 * @param streets open and overdue cases by street, most open first
 * @param topToday the minor classes most reported today
 * @param topMonth the minor classes most reported this month
 * @param closedThisMonth cases closed this month, self-handled ones apart
 * @param closedOnTime of those, how many were handled within their deadline
 * @param onTimeRate {@code closedOnTime ÷ closedThisMonth} to four places; absent when nothing was closed
 * @param onPatrol workers with a track point or check-in within the patrol window
 * @param feedId the newest feed line when the figures were read, so that a screen counts only later lines on top
 */
record OverviewFigures(Instant asOf, String zone, LocalDate date, boolean workingDay, int workingDaysSoFar,
		int workingDaysInMonth, Map<String, Long> intakeToday, long intakeTotal, long open, long overdue,
		List<Street> streets, List<Category> topToday, List<Category> topMonth, long closedThisMonth,
		long closedOnTime, BigDecimal onTimeRate, long onPatrol, long patrolWindowMinutes, long feedId) {

	/** Open and overdue cases of one street. */
	record Street(String layer, String code, String name, long open, long overdue) {
	}

	/** How many cases of one minor class, with its names. */
	record Category(String kind, String code, String nameZh, String nameEn, long count) {
	}
}
