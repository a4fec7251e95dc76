package org.onegrid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year's holiday schedule as published: the dates it names, each a day off or a day worked, with the holiday's
 * name. Besides its own year's dates it may name a few in the December before or the January after, for a holiday
 * that spans New Year.
 *
 * @param papers the State Council notices the schedule follows, as addresses
 * @param loadedAt when an administrator loaded it, {@code null} for a shipped file
 * @param loadedBy who loaded it, {@code null} for a shipped file
 */
record YearSchedule(Year year, ScheduleSource source, Map<LocalDate, HolidaySchedule.Entry> days, List<String> papers,
		Instant loadedAt, String loadedBy) {

	YearSchedule {
		days = new TreeMap<>(days);
		papers = List.copyOf(papers);
	}

	/** The first and last date a schedule for {@code year} may name. */
	static LocalDate firstDate(Year year) {
		return year.minusYears(1).atMonth(12).atDay(1);
	}

	static LocalDate lastDate(Year year) {
		return year.plusYears(1).atMonth(1).atDay(31);
	}

	long offDays() {
		return days.values().stream().filter(HolidaySchedule.Entry::offDay).count();
	}

	long workedDays() {
		return days.size() - offDays();
	}
}
