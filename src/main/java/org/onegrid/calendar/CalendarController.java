package org.onegrid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.Violation;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

	/** The years the calendar can answer for. */
	record Coverage(List<Integer> coveredYears, String zone) {
	}

	/** When a time limit runs out, in UTC and in the calendar's zone, and how much working time it gives. */
	record Deadline(Instant start, WorkingDuration limit, Instant deadline, LocalDateTime localDeadline, String zone,
			long workingMinutes) {
	}

	@Operation(summary = "The years whose holiday schedule is loaded")
	@GetMapping("/years")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Coverage years() {
		return new Coverage(calendar.coveredYears().stream().map(Year::getValue).toList(), calendar.zone().getId());
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
		return answer(() -> calendar.days(from, to));
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
		return answer(() -> {
			Instant deadline = calendar.deadline(from, limit);
			return new Deadline(from, limit, deadline, LocalDateTime.ofInstant(deadline, calendar.zone()),
					calendar.zone().getId(), calendar.workingTimeBetween(from, deadline).toMinutes());
		});
	}

	private static <T> T answer(Supplier<T> question) {
		try {
			return question.get();
		}
		catch (CalendarDataMissing e) {
			throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", e.getMessage(),
					List.of(new Violation("year", "CALENDAR_DATA_MISSING",
							"No holiday schedule is loaded for " + e.year())));
		}
	}
}
