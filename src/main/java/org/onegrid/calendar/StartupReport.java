package org.onegrid.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at startup what the calendar can answer: the working hours, the covered years and the first year it cannot
 * count, so that an operator sees the missing schedule before a deadline fails.
 */
final class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	private StartupReport() {
	}

	static void log(SortedSet<Year> covered, WorkingHours hours, ZoneId zone, LocalDate today) {
		if (covered.isEmpty()) {
			throw new IllegalStateException("No holiday schedule found; check onegrid.calendar.holiday-data");
		}
		log.info("Working calendar: working hours {} ({} a day) in {}", hours,
				hours.perDay().truncatedTo(ChronoUnit.MINUTES), zone);
		Year next = covered.last().plusYears(1);
		log.warn("Working calendar covers {}; the holiday schedule for {} and later is not loaded, so working days "
				+ "from {}-01-01 on cannot be counted until {}.json is added", Years.describe(covered), next, next, next);
		if (!covered.contains(Year.from(today))) {
			log.error("Working calendar has no holiday schedule for today ({}): no deadline from now can be computed",
					today);
		}
	}
}
