package org.onegrid.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offline part of a person's monthly assessment (线下考核): entered by an assessor in whose grids, units or
 * department the person serves, never by the person; read by the person and by whoever may read their assessment.
 */
@Tag(name = "Assessment")
@RestController
@RequestMapping("/api/v1/assessment/people/{id}/offline-scores/{month}")
class OfflineScoreController {

	private final OfflineAssessment offline;

	private final Authorization authorization;

	OfflineScoreController(OfflineAssessment offline, Authorization authorization) {
		this.offline = offline;
		this.authorization = authorization;
	}

	@Operation(summary = "Give a person their offline score for a month, 0 to 100 points; the latest entry counts. "
			+ "A closed month keeps its published result until it is closed again")
	@PutMapping
	@Allow(value = "assessment:assess", scope = AccessScope.PERSON, on = "id", audit = AuditClass.OWN)
	OfflineScore enter(@PathVariable long id, @PathVariable String month,
			@RequestBody(required = false) OfflineScoreRequest request) {
		return offline.enter(id, month, request, authorization.current());
	}

	@Operation(summary = "A person's offline scores for a month, latest first, each saying whether the month's "
			+ "published result counts it")
	@GetMapping
	@Allow(value = "assessment:read", scope = AccessScope.PERSON, on = "id", self = true)
	List<OfflineScore> history(@PathVariable long id, @PathVariable String month) {
		return offline.history(id, month(month));
	}

	private static YearMonth month(String value) {
		List<Violation> violations = new ArrayList<>();
		YearMonth month = AssessmentController.month(value, "month", violations);
		Fields.failIfAny(violations);
		return month;
	}
}
