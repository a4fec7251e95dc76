package org.onegrid.meeting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.calendar.WorkingCalendar;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Meetings", description = "会商、例会与联席会议 / Consultations, routine and joint meetings")
@RestController
@RequestMapping("/api/v1/layers/{layer}")
class GridMeetingController {

	private final GridMeetings meetings;

	private final GridMeetingRules rules;

	private final Authorization authorization;

	private final WorkingCalendar calendar;

	GridMeetingController(GridMeetings meetings, GridMeetingRules rules, Authorization authorization,
			WorkingCalendar calendar) {
		this.meetings = meetings;
		this.rules = rules;
		this.authorization = authorization;
		this.calendar = calendar;
	}

	@Operation(summary = "The standing meetings every grid of the level holds (网格工作例会): for the whole layer, "
			+ "or with grid, one grid of the level in the caller's grids")
	@GetMapping("/levels/{level}/meeting-rules")
	@Allow(value = "meeting:read", scope = AccessScope.GRID, on = { "layer", "grid" })
	List<MeetingRule> rules(@PathVariable String layer, @PathVariable String level,
			@RequestParam(required = false) String grid) {
		return rules.list(layer, level, grid);
	}

	@Operation(summary = "Add or change a standing meeting every grid of the level holds: how often, when, who calls it")
	@PutMapping("/levels/{level}/meeting-rules/{rule}")
	@Allow(value = "catalogue:manage", scope = AccessScope.GRID, on = "layer", audit = AuditClass.CONFIGURATION)
	MeetingRule putRule(@PathVariable String layer, @PathVariable String level, @PathVariable String rule,
			@RequestBody MeetingRule body) {
		return rules.put(layer, level, rule, body);
	}

	@Operation(summary = "Remove a grid level's standing meeting; the meetings it called stay on record")
	@DeleteMapping("/levels/{level}/meeting-rules/{rule}")
	@Allow(value = "catalogue:manage", scope = AccessScope.GRID, on = "layer", audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteRule(@PathVariable String layer, @PathVariable String level,
			@PathVariable String rule) {
		rules.delete(layer, level, rule);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Call the grid's standing meeting out of turn, by someone serving the grid in a caller role")
	@PostMapping("/grids/{grid}/meetings")
	@Allow(value = "meeting:call", scope = AccessScope.GRID, on = { "layer", "grid" }, audit = AuditClass.OWN)
	ResponseEntity<Meeting> call(@PathVariable String layer, @PathVariable String grid,
			@RequestBody MeetingRequest request) {
		return ResponseEntity.status(201).body(meetings.call(layer, grid, request, authorization.current()));
	}

	@Operation(summary = "The grid's meetings starting in [from, to), latest first; the last 90 days when omitted")
	@GetMapping("/grids/{grid}/meetings")
	@Allow(value = "meeting:read", scope = AccessScope.GRID, on = { "layer", "grid" })
	List<Meeting> list(@PathVariable String layer, @PathVariable String grid,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
		Instant end = to == null ? calendar.now().plus(90, ChronoUnit.DAYS) : to;
		return meetings.list(layer, grid, from == null ? calendar.now().minus(90, ChronoUnit.DAYS) : from, end);
	}
}
