package org.onegrid.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the calendar knows, in three layers: the holiday-cn files shipped with OneGrid, the yearly schedules
 * administrators loaded (each replaces the shipped file of its year) and single-day exceptions (each overrides
 * whatever else says about its date). A year counts as covered when its schedule names at least one date; an empty
 * file means the schedule has not been published yet. Immutable: a change builds a new schedule.
 */
final class HolidaySchedule {

	/** A date a schedule names: a day off, or a day worked, for the named holiday. */
	record Entry(String holiday, boolean offDay) {
	}

	private final Map<Year, YearSchedule> bundled;

	private final Map<Year, YearSchedule> loaded;

	private final Map<LocalDate, DayException> exceptions;

	private final SortedMap<Year, YearSchedule> effective = new TreeMap<>();

	private final Map<LocalDate, Entry> entries = new HashMap<>();

	private final SortedSet<Year> covered = new TreeSet<>();

	HolidaySchedule(Map<Year, YearSchedule> bundled, Map<Year, YearSchedule> loaded,
			Collection<DayException> exceptions) {
		this.bundled = Map.copyOf(bundled);
		this.loaded = Map.copyOf(loaded);
		Map<LocalDate, DayException> byDate = new HashMap<>();
		exceptions.forEach(exception -> byDate.put(exception.date(), exception));
		this.exceptions = Map.copyOf(byDate);
		effective.putAll(bundled);
		effective.putAll(loaded);
		effective.values().removeIf(schedule -> schedule.days().isEmpty());
		effective.forEach((year, schedule) -> {
			covered.add(year);
			// A schedule may name a few days of the neighbouring year; the schedule of the date's own year wins.
			schedule.days().forEach((date, entry) -> {
				if (Year.from(date).equals(year) || !entries.containsKey(date)) {
					entries.put(date, entry);
				}
			});
		});
	}

	/** The shipped files alone. */
	static HolidaySchedule of(Map<Year, YearSchedule> bundled) {
		return new HolidaySchedule(bundled, Map.of(), List.of());
	}

	/** These shipped files with the stored layers instead of the current ones. */
	HolidaySchedule withStored(Map<Year, YearSchedule> loadedYears, Collection<DayException> dayExceptions) {
		return new HolidaySchedule(bundled, loadedYears, dayExceptions);
	}

	/** This schedule with {@code schedule} loaded for its year. */
	HolidaySchedule withLoaded(YearSchedule schedule) {
		Map<Year, YearSchedule> next = new HashMap<>(loaded);
		next.put(schedule.year(), schedule);
		return new HolidaySchedule(bundled, next, exceptions.values());
	}

	/** What kind of day {@code date} is, and what decided it. */
	CalendarDay day(LocalDate date) {
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		DayException exception = exceptions.get(date);
		if (exception != null) {
			return new CalendarDay(date, kind(!exception.workingDay(), weekend), exception.name(), DayBasis.EXCEPTION);
		}
		Entry entry = entries.get(date);
		if (entry != null) {
			return new CalendarDay(date, kind(entry.offDay(), weekend), entry.holiday(), DayBasis.SCHEDULE);
		}
		DayBasis basis = covered.contains(Year.from(date)) ? DayBasis.WEEK : DayBasis.FALLBACK;
		return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, basis);
	}

	private static DayKind kind(boolean offDay, boolean weekend) {
		if (offDay) {
			return DayKind.HOLIDAY;
		}
		return weekend ? DayKind.MAKE_UP_WORKDAY : DayKind.WORKDAY;
	}

	boolean isWorkingDay(LocalDate date) {
		return day(date).isWorkingDay();
	}

	SortedSet<Year> covered() {
		return Collections.unmodifiableSortedSet(covered);
	}

	/** The schedule in force for each covered year. */
	SortedMap<Year, YearSchedule> years() {
		return Collections.unmodifiableSortedMap(effective);
	}

	/** The years with a shipped file, whether or not a loaded schedule replaces it. */
	SortedSet<Year> shippedYears() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(bundled.keySet()));
	}

	/** The exceptions, by date. */
	SortedMap<LocalDate, DayException> exceptions() {
		return Collections.unmodifiableSortedMap(new TreeMap<>(exceptions));
	}
}
