package org.onegrid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Working calendar", description = "工作日历 / Working days, holidays and deadlines in working time")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	static final int MAX_DAYS = 366;

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The years with a holiday schedule, where each schedule comes from, and how long they last from today. */
	record Coverage(List<Integer> coveredYears, String zone, List<YearView> years, CoverageStatus status) {
	}

	/** One covered year: shipped or loaded, how many days off and worked weekend days it names. */
	record YearView(int year, ScheduleSource source, boolean shipped, long offDays, long workedDays,
			List<String> papers, Instant loadedAt, String loadedBy) {
	}

	/** A single-day exception as stored. */
	record ExceptionView(LocalDate date, boolean workingDay, String name, Instant changedAt, String changedBy) {
	}

	/**
	 * When a time limit runs out, in UTC and in the calendar's zone, and how much working time it gives;
	 * {@code fallback} says that some of its days were estimated, in {@code fallbackYears}.
	 */
	record Deadline(Instant start, WorkingDuration limit, Instant deadline, LocalDateTime localDeadline, String zone,
			long workingMinutes, boolean fallback, List<Integer> fallbackYears) {
	}

	@Operation(summary = "The years with a holiday schedule, shipped or loaded, and how long they last from today")
	@GetMapping("/years")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Coverage years() {
		HolidaySchedule schedule = calendar.schedule();
		List<YearView> years = schedule.years().values().stream()
			.map(year -> new YearView(year.year().getValue(), year.source(),
					schedule.shippedYears().contains(year.year()), year.offDays(), year.workedDays(), year.papers(),
					year.loadedAt(), year.loadedBy()))
			.toList();
		return new Coverage(schedule.covered().stream().map(Year::getValue).toList(), calendar.zone().getId(), years,
				calendar.coverage());
	}

	@Operation(summary = "How long the holiday schedules last from today; warns 60 days before they run out")
	@GetMapping("/status")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	CoverageStatus status() {
		return calendar.coverage();
	}

	@Operation(summary = "The single-day exceptions of a year, or of every year")
	@GetMapping("/exceptions")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<ExceptionView> exceptions(@RequestParam(required = false) @Min(CalendarMaintenance.FIRST_YEAR)
	@Max(CalendarMaintenance.LAST_YEAR) Integer year) {
		return calendar.schedule().exceptions().values().stream()
			.filter(exception -> year == null || exception.date().getYear() == year)
			.map(e -> new ExceptionView(e.date(), e.workingDay(), e.name(), e.changedAt(), e.changedBy()))
			.toList();
	}

	@Operation(summary = "Every day from 'from' to 'to' (both included, at most 366 days) with its kind")
	@GetMapping("/days")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<CalendarDay> days(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw ApiProblem.invalidField("to", "BEFORE_FROM", "'to' must not be before 'from'");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw ApiProblem.invalidField("to", "RANGE_TOO_LONG", "At most " + MAX_DAYS + " days can be listed at once");
		}
		return calendar.days(from, to);
	}

	@Operation(summary = "When a limit of N working days or N working hours from 'start' (default now) runs out")
	@GetMapping("/deadline")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Deadline deadline(@RequestParam(required = false) Instant start,
			@RequestParam(required = false) @Min(1) @Max(MAX_DAYS) Integer days,
			@RequestParam(required = false) @Min(1) @Max(MAX_DAYS * 8) Integer hours) {
		if ((days == null) == (hours == null)) {
			throw ApiProblem.invalidField(days == null ? "days" : "hours", "ONE_OF",
					"Give exactly one of 'days' and 'hours'");
		}
		Instant from = start == null ? calendar.now() : start;
		WorkingDuration limit = days != null ? WorkingDuration.days(days) : WorkingDuration.hours(hours);
		Instant deadline = calendar.deadline(from, limit);
		List<Integer> fallback = calendar.fallbackYears(from.atZone(calendar.zone()).toLocalDate(),
				deadline.atZone(calendar.zone()).toLocalDate()).stream().map(Year::getValue).toList();
		return new Deadline(from, limit, deadline, LocalDateTime.ofInstant(deadline, calendar.zone()),
				calendar.zone().getId(), calendar.workingTimeBetween(from, deadline).toMinutes(), !fallback.isEmpty(),
				fallback);
	}
}
