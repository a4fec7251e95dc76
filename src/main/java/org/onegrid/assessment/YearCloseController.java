package org.onegrid.assessment;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly close (年度评价), like the monthly one: a year that is over is published as its next revision, and its
 * indicators and scores are answered from it from then on, so that a published yearly ranking never changes silently.
 */
@Tag(name = "Assessment", description = "考核 / Monthly indicators, scores, rankings and the monthly close")
@RestController
@RequestMapping("/api/v1/assessment/years")
class YearCloseController {

	private final Assessment assessment;

	private final Authorization authorization;

	YearCloseController(Assessment assessment, Authorization authorization) {
		this.assessment = assessment;
		this.authorization = authorization;
	}

	@Operation(summary = "Close a year that is over: publish its results as the next revision")
	@PostMapping("/{year}/close")
	@Allow(value = "assessment:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	@ResponseStatus(HttpStatus.CREATED)
	MonthRevision close(@PathVariable String year) {
		Period period = parse(year);
		if (!assessment.isOver(period)) {
			Fields.failIfAny(List.of(new Violation("year", "NOT_OVER",
					"年度尚未结束,不能关账 / " + year + " is not over yet, so it cannot be closed")));
		}
		return assessment.close(period, CurrentCaller.require().username());
	}

	@Operation(summary = "A year as published: its latest revision with its scores, and every revision")
	@GetMapping("/{year}")
	@Allow(value = "assessment:read", scope = AccessScope.FILTERED)
	MonthReport published(@PathVariable String year) {
		return assessment.published(parse(year).label(), authorization.current());
	}

	private static Period parse(String value) {
		List<Violation> violations = new ArrayList<>();
		if (value == null || !value.strip().matches("2[0-9]{3}")) {
			violations.add(new Violation("year", "FORMAT",
					"年度格式应为 2026 / year is four digits between 2000 and 2999"));
		}
		Fields.failIfAny(violations);
		return Period.parse(value.strip());
	}
}
