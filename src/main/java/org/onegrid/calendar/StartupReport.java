package org.onegrid.calendar;

import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at startup what the calendar knows: the working hours, the years with a shipped holiday schedule and from
 * when working days are estimated, so that an operator sees a missing schedule before it matters.
 */
final class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	private StartupReport() {
	}

	static void log(CoverageStatus coverage, SortedSet<Year> covered, WorkingHours hours, ZoneId zone) {
		if (covered.isEmpty()) {
			throw new IllegalStateException("No holiday schedule found; check onegrid.calendar.holiday-data");
		}
		log.info("Working calendar: working hours {} ({} a day) in {}; shipped holiday schedules {}", hours,
				hours.perDay().truncatedTo(ChronoUnit.MINUTES), zone, Years.describe(covered));
		if (coverage.isWarning()) {
			log.warn("Working calendar: from {} working days are estimated as Monday to Friday until the holiday "
					+ "schedule for {} is loaded (stored schedules are read next)", coverage.firstFallbackDay(),
					Year.from(coverage.firstFallbackDay()));
		}
	}
}
