package org.onegrid.cases;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Repeat reports (重复件): the open cases a report about to be made may repeat, and linking a report to one of them.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "案件: intake, lifecycle actions, timeline and search")
class RepeatController {

	private final SimilarCases similar;

	private final Intake intake;

	private final Authorization authorization;

	RepeatController(SimilarCases similar, Intake intake, Authorization authorization) {
		this.similar = similar;
		this.intake = intake;
		this.authorization = authorization;
	}

	@GetMapping("/similar")
	@Operation(summary = "Open cases of the minor class near a point, reported recently: what a new report may repeat")
	@Allow(value = "case:read", scope = AccessScope.FILTERED)
	List<CaseSummary> similar(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String minorCode, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) String crs) {
		return similar.near(kind, minorCode, lon, lat, crs, authorization.current());
	}

	@PostMapping("/{id}/repeats")
	@Operation(summary = "Report a repeat of open case {id}: stored as a case merged into {id} at once (201), or the "
			+ "case an earlier report with the same requestId created (200)")
	@Allow(value = "case:create", scope = AccessScope.FILTERED, audit = AuditClass.CASE)
	ResponseEntity<CaseView> repeat(@PathVariable long id, @RequestBody NewCase report) {
		Intake.Receipt receipt = intake.reportInto(id, report, authorization.current());
		if (!receipt.created()) {
			return ResponseEntity.ok(receipt.view());
		}
		return ResponseEntity.created(URI.create("/api/v1/cases/" + receipt.view().id())).body(receipt.view());
	}
}
