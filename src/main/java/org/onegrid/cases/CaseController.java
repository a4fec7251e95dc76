package org.onegrid.cases;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.onegrid.grid.Districts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The case API: intake, reading, searching and every lifecycle action.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "案件: intake, lifecycle actions, timeline and search")
class CaseController {

	private final Intake intake;

	private final Lifecycle lifecycle;

	private final CaseSearch search;

	private final StateLabels labels;

	private final Authorization authorization;

	private final CaseExport export;

	private final Districts districts;

	CaseController(Intake intake, Lifecycle lifecycle, CaseSearch search, StateLabels labels,
			Authorization authorization, CaseExport export, Districts districts) {
		this.export = export;
		this.districts = districts;
		this.authorization = authorization;
		this.intake = intake;
		this.lifecycle = lifecycle;
		this.search = search;
		this.labels = labels;
	}

	@PostMapping
	@Operation(summary = "Report a case (201), or get the case an earlier report with the same requestId created (200)")
	@Allow(value = "case:create", scope = AccessScope.FILTERED, audit = AuditClass.CASE)
	ResponseEntity<CaseView> report(@RequestBody NewCase report) {
		Intake.Receipt receipt = intake.report(report, authorization.current());
		if (!receipt.created()) {
			return ResponseEntity.ok(receipt.view());
		}
		return ResponseEntity.created(URI.create("/api/v1/cases/" + receipt.view().id())).body(receipt.view());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case with its timeline and the actions allowed now")
	@Allow(value = "case:read", scope = AccessScope.FILTERED)
	CaseView get(@PathVariable long id) {
		return search.get(id, authorization.current());
	}

	@GetMapping
	@Operation(summary = "Search cases, newest first or (sort=deadline) nearest deadline first; filters combine with AND;"
			+ " text finds a case number, or words in the description or address; district narrows to a district's "
			+ "grid")
	@Allow(value = "case:read", scope = AccessScope.FILTERED)
	CasePage search(@RequestParam(required = false) List<String> state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String category, @RequestParam(required = false) String layer,
			@RequestParam(required = false) String grid, @RequestParam(required = false) String department,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String urgency,
			@RequestParam(required = false) String light, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String after, @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String text, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Boolean supervised, @RequestParam(required = false) Boolean mine,
			@RequestParam(required = false) String district) {
		Territory where = Territory.of(districts, district, layer, grid);
		return search.search(new CaseQuery(state, kind, category, where.layer(), where.grid(), department, channel,
				urgency, light, from, to, open, page, size, after, bbox, text, sort, supervised, mine),
				authorization.current());
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "Export the matching cases in your scope as CSV (at most 100,000, newest first), streamed")
	@Allow(value = "case:read", scope = AccessScope.FILTERED, audit = AuditClass.PERSONAL_DATA)
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) List<String> state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String layer, @RequestParam(required = false) String grid,
			@RequestParam(required = false) String department, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String urgency, @RequestParam(required = false) String light,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String district) {
		Territory where = Territory.of(districts, district, layer, grid);
		StreamingResponseBody csv = export.csv(new CaseQuery(state, kind, category, where.layer(), where.grid(),
				department, channel, urgency, light, from, to, open, null, null, null, bbox, null, null, null, null),
				authorization.current());
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"cases.csv\"")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(csv);
	}

	@PostMapping("/{id}/actions/{action}")
	@Operation(summary = "Take a lifecycle action; 409 with the allowed actions when the case does not permit it")
	@Allow(value = "case:{action}", scope = AccessScope.FILTERED, audit = AuditClass.CASE)
	CaseView act(@PathVariable long id, @PathVariable String action, @RequestBody ActionRequest request) {
		return lifecycle.act(id, action, request, authorization.current());
	}

	@GetMapping("/states")
	@Operation(summary = "The fixed states with the district's display names")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<StateLabels.StateInfo> states() {
		return labels.all();
	}

	@PutMapping("/states/{state}")
	@Operation(summary = "Rename a state for display")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	StateLabels.StateInfo rename(@PathVariable String state, @RequestBody StateName name) {
		CaseState parsed;
		try {
			parsed = CaseState.valueOf(state);
		}
		catch (IllegalArgumentException e) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no state '" + state + "'");
		}
		return labels.rename(parsed, name.nameZh(), name.nameEn());
	}

	/** A state's display names. */
	record StateName(String nameZh, String nameEn) {
	}
}
