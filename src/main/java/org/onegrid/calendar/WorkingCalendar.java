package org.onegrid.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.springframework.stereotype.Service;

/**
 * The working-day calendar that case time limits are counted in.
 * <p>
 * A date is a {@linkplain DayKind#HOLIDAY holiday} or a {@linkplain DayKind#MAKE_UP_WORKDAY make-up working day} if
 * the State Council's schedule for its year says so, and otherwise follows the Monday–Friday week. Working time is
 * the configured working hours ({@code onegrid.calendar.working-hours}, by default 08:30–12:00 and 13:00–17:30, eight
 * hours) of working days, in {@code onegrid.calendar.zone} (Asia/Shanghai).
 * <p>
 * Every answer that depends on a date in a year without a loaded schedule throws {@link CalendarDataMissing} instead
 * of guessing; {@link #coveredYears()} and {@link #covers(LocalDate)} tell in advance which dates can be answered.
 */
@Service
public class WorkingCalendar {

	private final Clock clock;

	private final ZoneId zone;

	private final HolidaySchedule schedule;

	private final WorkingTime time;

	private final Duration workingDayLength;

	WorkingCalendar(Clock clock, CalendarProperties properties) {
		this.clock = clock;
		this.zone = properties.zone();
		this.schedule = HolidaySchedule.load(properties.holidayData());
		WorkingHours hours = WorkingHours.parse(properties.workingHours());
		this.time = new WorkingTime(this::isWorkingDay, hours, zone);
		this.workingDayLength = hours.perDay();
		StartupReport.log(schedule.covered(), hours, zone, today());
	}

	/** What kind of day {@code date} is, with the holiday's name for holidays and make-up working days. */
	public CalendarDay day(LocalDate date) {
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		return schedule.entry(date).map(entry -> {
			if (entry.offDay()) {
				return new CalendarDay(date, DayKind.HOLIDAY, entry.holiday());
			}
			return weekend ? new CalendarDay(date, DayKind.MAKE_UP_WORKDAY, entry.holiday())
					: new CalendarDay(date, DayKind.WORKDAY, entry.holiday());
		}).orElseGet(() -> new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null));
	}

	public DayKind kindOf(LocalDate date) {
		return day(date).kind();
	}

	public boolean isWorkingDay(LocalDate date) {
		return kindOf(date).isWorkingDay();
	}

	/** Every day from {@code from} to {@code toInclusive}, in order. */
	public List<CalendarDay> days(LocalDate from, LocalDate toInclusive) {
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			days.add(day(date));
		}
		return days;
	}

	/**
	 * The {@code n}th working day after {@code date}, not counting {@code date} itself, whatever kind of day it is.
	 * {@code n = 0} returns {@code date}; a negative {@code n} counts backwards.
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		int step = n < 0 ? -1 : 1;
		LocalDate day = date;
		for (int counted = 0; counted < Math.abs(n);) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
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
		int count = 0;
		for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
			count += isWorkingDay(day) ? 1 : 0;
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
		return switch (limit.unit()) {
			case DAYS -> time.close(plusWorkingDays(start.atZone(zone).toLocalDate(), limit.amount()));
			case HOURS -> time.plus(start, Duration.ofHours(limit.amount()));
		};
	}

	/**
	 * The working time from {@code from} to {@code to}: the part of the interval that lies within working hours of
	 * working days. Negative if {@code to} is before {@code from}, so time left before an overdue deadline is negative.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		return time.between(from, to);
	}

	/**
	 * The instant at which {@code amount} of working time has passed since {@code start}; counting begins at the
	 * start of the next working period when {@code start} is outside working hours.
	 */
	public Instant plusWorkingTime(Instant start, Duration amount) {
		return time.plus(start, amount);
	}

	/** The working time that has passed since {@code start}, by the clock. */
	public Duration workingTimeSince(Instant start) {
		return time.between(start, clock.instant());
	}

	/** The current instant, by the clock that also decides {@link #today()}. */
	public Instant now() {
		return clock.instant();
	}

	/** Today's date in the calendar's time zone, by the clock. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The years whose holiday schedule is loaded, in order; dates in other years cannot be answered. */
	public SortedSet<Year> coveredYears() {
		return schedule.covered();
	}

	/** Whether {@code date}'s year has a loaded holiday schedule. */
	public boolean covers(LocalDate date) {
		return schedule.covered().contains(Year.from(date));
	}

	/** The working time in one working day (eight hours by default), for turning day limits into hours. */
	public Duration workingDayLength() {
		return workingDayLength;
	}

	public ZoneId zone() {
		return zone;
	}
}
