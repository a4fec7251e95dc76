package org.onegrid.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

/**
 * The working-day calendar that case time limits are counted in.
 * <p>
 * A date is a {@linkplain DayKind#HOLIDAY holiday} or a {@linkplain DayKind#MAKE_UP_WORKDAY make-up working day} if
 * the State Council's schedule for its year says so, and otherwise follows the Monday–Friday week. Working time is
 * the configured working hours ({@code onegrid.calendar.working-hours}, by default 08:30–12:00 and 13:00–17:30, eight
 * hours) of working days, in {@code onegrid.calendar.zone} (Asia/Shanghai). An administrator's exception for a
 * single date overrides the schedule.
 * <p>
 * The calendar always answers, so that no case is ever refused because of it. In a year without a schedule it
 * counts Monday to Friday as working days, which may miss that year's holidays and make-up days; such answers are
 * marked: {@link CalendarDay#isFallback()} for a day, {@link #fallbackYears(LocalDate, LocalDate)} for a range, and
 * {@link #coverage()} tells how long the schedules last from today.
 * <p>
 * The schedules are data: shipped holiday-cn files, replaced year by year by schedules administrators load, read
 * from the database and refreshed on every instance when they change.
 */
@Service
public class WorkingCalendar {

	private final Clock clock;

	private final ZoneId zone;

	private final WorkingHours hours;

	private final int warnDays;

	private volatile HolidaySchedule schedule;

	WorkingCalendar(Clock clock, CalendarProperties properties) {
		this.clock = clock;
		this.zone = properties.zone();
		this.hours = WorkingHours.parse(properties.workingHours());
		this.warnDays = properties.warnDays();
		this.schedule = HolidaySchedule.of(HolidayFiles.load(properties.holidayData()));
		StartupReport.log(coverage(), schedule.covered(), hours, zone);
	}

	/**
	 * What kind of day {@code date} is, with the holiday's name for holidays and make-up working days, and what
	 * decided it.
	 */
	public CalendarDay day(LocalDate date) {
		return schedule.day(date);
	}

	public DayKind kindOf(LocalDate date) {
		return day(date).kind();
	}

	public boolean isWorkingDay(LocalDate date) {
		return kindOf(date).isWorkingDay();
	}

	/** Every day from {@code from} to {@code toInclusive}, in order. */
	public List<CalendarDay> days(LocalDate from, LocalDate toInclusive) {
		return days(schedule, from, toInclusive);
	}

	static List<CalendarDay> days(HolidaySchedule schedule, LocalDate from, LocalDate toInclusive) {
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			days.add(schedule.day(date));
		}
		return days;
	}

	/**
	 * The {@code n}th working day after {@code date}, not counting {@code date} itself, whatever kind of day it is.
	 * {@code n = 0} returns {@code date}; a negative {@code n} counts backwards.
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		return plusWorkingDays(schedule, date, n);
	}

	private static LocalDate plusWorkingDays(HolidaySchedule schedule, LocalDate date, int n) {
		int step = n < 0 ? -1 : 1;
		LocalDate day = date;
		for (int counted = 0; counted < Math.abs(n);) {
			day = day.plusDays(step);
			if (schedule.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days from {@code fromInclusive} up to {@code toExclusive}; negative if the range is reversed. */
	public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
		if (toExclusive.isBefore(fromInclusive)) {
			return -workingDaysBetween(toExclusive, fromInclusive);
		}
		return workingDaysBetween(schedule, fromInclusive, toExclusive);
	}

	static int workingDaysBetween(HolidaySchedule schedule, LocalDate fromInclusive, LocalDate toExclusive) {
		int count = 0;
		for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
			count += schedule.isWorkingDay(day) ? 1 : 0;
		}
		return count;
	}

	/**
	 * When a time limit that starts at {@code start} runs out.
	 * <ul>
	 * <li>{@code N} working days: the day {@code start} falls on is never counted, whatever the time (as the Civil
	 * Code counts periods, art. 201); the limit ends when working hours end on the {@code N}th working day after it
	 * (art. 203: a period's last day ends when business stops). Received on Monday at 10:00 or at 20:00, "1 working
	 * day" ends on Tuesday at 17:30.</li>
	 * <li>{@code N} working hours: counting begins at {@code start} if it is within working hours, otherwise at the
	 * start of the next working period, and skips lunch, nights, weekends and holidays. The limit ends at the instant
	 * the {@code N}th hour is complete, so {@code workingTimeBetween(start, deadline)} is exactly {@code N} hours.</li>
	 * </ul>
	 */
	public Instant deadline(Instant start, WorkingDuration limit) {
		HolidaySchedule current = schedule;
		WorkingTime time = time(current);
		return switch (limit.unit()) {
			case DAYS -> time.close(plusWorkingDays(current, start.atZone(zone).toLocalDate(), limit.amount()));
			case HOURS -> time.plus(start, Duration.ofHours(limit.amount()));
		};
	}

	/**
	 * The working time from {@code from} to {@code to}: the part of the interval that lies within working hours of
	 * working days. Negative if {@code to} is before {@code from}, so time left before an overdue deadline is negative.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		return time(schedule).between(from, to);
	}

	/**
	 * The instant at which {@code amount} of working time has passed since {@code start}; counting begins at the
	 * start of the next working period when {@code start} is outside working hours.
	 */
	public Instant plusWorkingTime(Instant start, Duration amount) {
		return time(schedule).plus(start, amount);
	}

	/** The working time that has passed since {@code start}, by the clock. */
	public Duration workingTimeSince(Instant start) {
		return time(schedule).between(start, clock.instant());
	}

	/** The current instant, by the clock that also decides {@link #today()}. */
	public Instant now() {
		return clock.instant();
	}

	/** Today's date in the calendar's time zone, by the clock. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The years with a holiday schedule, in order; in other years working days are estimated. */
	public SortedSet<Year> coveredYears() {
		return schedule.covered();
	}

	/** Whether {@code date}'s year has a holiday schedule. */
	public boolean covers(LocalDate date) {
		return schedule.covered().contains(Year.from(date));
	}

	/**
	 * The years from {@code from} to {@code toInclusive} (in either order) without a holiday schedule, whose working
	 * days are estimated from the Monday–Friday week; empty when every answer about the range is from the schedules.
	 */
	public SortedSet<Year> fallbackYears(LocalDate from, LocalDate toInclusive) {
		LocalDate first = from.isAfter(toInclusive) ? toInclusive : from;
		LocalDate last = from.isAfter(toInclusive) ? from : toInclusive;
		SortedSet<Year> covered = schedule.covered();
		SortedSet<Year> missing = new TreeSet<>();
		for (Year year = Year.from(first); !year.isAfter(Year.from(last)); year = year.plusYears(1)) {
			if (!covered.contains(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	/** How long the holiday schedules last from today, and whether administrators should be warned. */
	public CoverageStatus coverage() {
		return CoverageStatus.of(schedule.covered(), today(), warnDays);
	}

	/** The working time in one working day (eight hours by default), for turning day limits into hours. */
	public Duration workingDayLength() {
		return hours.perDay();
	}

	public ZoneId zone() {
		return zone;
	}

	/** What the calendar knows now; a change builds a new one and puts it in place with {@link #use}. */
	HolidaySchedule schedule() {
		return schedule;
	}

	void use(HolidaySchedule next) {
		schedule = next;
	}

	private WorkingTime time(HolidaySchedule current) {
		return new WorkingTime(current::isWorkingDay, hours, zone);
	}
}
