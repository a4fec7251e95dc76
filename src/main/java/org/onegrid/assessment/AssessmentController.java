package org.onegrid.assessment;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.access.CurrentCaller;
import org.onegrid.api.AccessScope;
import org.onegrid.api.ApiProblem;
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
 * Monthly indicators, scores and rankings, and the monthly close that publishes them. A reader with
 * {@code assessment:read} sees every department, which are compared district-wide, and the grids within their own.
 */
@Tag(name = "Assessment", description = "考核 / Monthly indicators, scores, rankings and the monthly close")
@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentController {

	private final Assessment assessment;

	private final LevelRankings levels;

	private final Authorization authorization;

	AssessmentController(Assessment assessment, LevelRankings levels, Authorization authorization) {
		this.assessment = assessment;
		this.levels = levels;
		this.authorization = authorization;
	}

	@Operation(summary = "A period's indicators of every department, grid, channel, worker or operator (period=2026-11, "
			+ "2026-W45, 2026-11-05 or 2026; objectType=department, grid, channel, worker or operator)")
	@GetMapping("/indicators")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	PeriodFigures indicators(@RequestParam(required = false) String period,
			@RequestParam(required = false) String objectType) {
		List<Violation> violations = new ArrayList<>();
		Period parsed = period(period, violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Fields.failIfAny(violations);
		return assessment.indicators(parsed, type, authorization.current());
	}

	@Operation(summary = "A period's scores, grades, ranks and changes against the period before, of every department "
			+ "or grid; with level (a level of the grid layer, such as 镇 or 村), the grids of that level, each on its "
			+ "whole territory, ranked among themselves")
	@GetMapping("/scores")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	PeriodScores scores(@RequestParam(required = false) String period,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String level) {
		List<Violation> violations = new ArrayList<>();
		Period parsed = period(period, violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		Integer parsedLevel = level(level, type, levels, violations);
		Fields.failIfAny(violations);
		return parsedLevel == null ? assessment.scores(parsed, type, authorization.current())
				: levels.scores(parsed, parsedLevel, authorization.current());
	}

	@Operation(summary = "The cases behind one worker's or operator's figures in a period: what counted, what did not "
			+ "and why (objectType=worker or operator)")
	@GetMapping("/people/{username}/cases")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	PersonCases cases(@PathVariable String username, @RequestParam(required = false) String period,
			@RequestParam(required = false) String objectType) {
		List<Violation> violations = new ArrayList<>();
		Period parsed = period(period, violations);
		ObjectType type = Fields.oneOf(ObjectType.class, objectType, "objectType", true, violations);
		if (type != null && type != ObjectType.WORKER && type != ObjectType.OPERATOR) {
			violations.add(new Violation("objectType", "NOT_A_PERSON",
					"只有网格员和受理派遣人员有案件明细 / objectType must be worker or operator"));
		}
		Fields.failIfAny(violations);
		return assessment.cases(parsed, type, username, authorization.current())
			.orElseThrow(() -> ApiProblem.notFound("Assessed person", username));
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
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	MonthReport month(@PathVariable String month) {
		List<Violation> violations = new ArrayList<>();
		YearMonth parsed = month(month, "month", violations);
		Fields.failIfAny(violations);
		return assessment.month(parsed, authorization.current());
	}

	/** The grid level asked for, or {@code null} when none was; a level only ranks grids. */
	static Integer level(String value, ObjectType type, LevelRankings levels, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (type != null && type != ObjectType.GRID) {
			violations.add(new Violation("level", "GRID_ONLY",
					"只有网格按层级排名 / level ranks grids only: use it with objectType=grid"));
			return null;
		}
		return levels.level(value, violations);
	}

	static Period period(String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new Violation("period", "REQUIRED",
					"period is required: a month (2026-11), a week (2026-W45), a day (2026-11-05) or a year (2026)"));
			return null;
		}
		Period period = Period.parse(value);
		if (period == null) {
			violations.add(new Violation("period", "FORMAT", "期间格式应为 YYYY-MM、YYYY-Www、YYYY-MM-DD 或 YYYY / "
					+ "period must be a month (2026-11), a week (2026-W45), a day (2026-11-05) or a year (2026), not '"
					+ value + "'"));
			return null;
		}
		if (period.start().getYear() < 2000 || period.start().getYear() > 2999) {
			violations.add(new Violation("period", "OUT_OF_RANGE", "期间超出范围 / period must lie in 2000–2999"));
			return null;
		}
		return period;
	}

	static YearMonth month(String value, String field, List<Violation> violations) {
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
		catch (DateTimeParseException e) {
			violations.add(new Violation(field, "FORMAT",
					"月份格式应为 YYYY-MM / " + field + " must be a month such as 2026-11, not '" + value + "'"));
			return null;
		}
	}
}
