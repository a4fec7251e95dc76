package org.onegrid.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.CurrentCaller;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly indicators, scores and rankings, and the monthly close that publishes them. The figures are the
 * district's published results (通报), so every reader with {@code assessment:read} sees all of them.
 */
@Tag(name = "Assessment", description = "考核 / Monthly indicators, scores, rankings and the monthly close")
@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentController {

	private final Assessment assessment;

	AssessmentController(Assessment assessment) {
		this.assessment = assessment;
	}

	@Operation(summary = "A month's indicators of every department or grid (period=2026-11, objectType=department)")
	@GetMapping("/indicators")
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	MonthFigures indicators(@RequestParam(required = false) String period,
			@RequestParam(required = false) String objectType) {
		List<Violation> violations = new ArrayList<>();
		YearMonth month = month(period, "period", violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Fields.failIfAny(violations);
		return assessment.indicators(month, type);
	}

	@Operation(summary = "A month's scores, grades, ranks and month-on-month changes of every department or grid")
	@GetMapping("/scores")
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	MonthScores scores(@RequestParam(required = false) String period,
			@RequestParam(required = false) String objectType) {
		List<Violation> violations = new ArrayList<>();
		YearMonth month = month(period, "period", violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Fields.failIfAny(violations);
		return assessment.scores(month, type);
	}

	@Operation(summary = "Close a month that is over: publish its results as the next revision")
	@PostMapping("/months/{month}/close")
	@Allow(value = "assessment:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	@ResponseStatus(HttpStatus.CREATED)
	MonthRevision close(@PathVariable String month) {
		List<Violation> violations = new ArrayList<>();
		YearMonth parsed = month(month, "month", violations);
		if (parsed != null && !assessment.isOver(parsed)) {
			violations.add(new Violation("month", "NOT_OVER",
					"月份尚未结束,不能关账 / " + parsed + " is not over yet, so it cannot be closed"));
		}
		Fields.failIfAny(violations);
		return assessment.close(parsed, CurrentCaller.require().username());
	}

	@Operation(summary = "A month as published: its latest revision with its scores, and every revision")
	@GetMapping("/months/{month}")
	@Allow(value = "assessment:read", scope = AccessScope.DISTRICT)
	MonthReport month(@PathVariable String month) {
		List<Violation> violations = new ArrayList<>();
		YearMonth parsed = month(month, "month", violations);
		Fields.failIfAny(violations);
		return assessment.month(parsed);
	}

	private static YearMonth month(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation(field, "REQUIRED", field + " is required, as a month such as 2026-11"));
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			if (month.getYear() < 2000 || month.getYear() > 2999) {
				violations.add(new Violation(field, "OUT_OF_RANGE", "月份超出范围 / " + field
						+ " must be a month between 2000-01 and 2999-12"));
				return null;
			}
			return month;
		}
		catch (java.time.format.DateTimeParseException e) {
			violations.add(new Violation(field, "FORMAT",
					"月份格式应为 YYYY-MM / " + field + " must be a month such as 2026-11, not '" + value + "'"));
			return null;
		}
	}
}
