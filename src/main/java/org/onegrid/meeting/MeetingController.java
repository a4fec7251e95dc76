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
@RequestMapping("/api/v1")
class MeetingController {

	private final Meetings meetings;

	private final UnitMeetings unitMeetings;

	private final MeetingDecisions decisions;

	private final MeetingRules rules;

	private final Authorization authorization;

	private final WorkingCalendar calendar;

	MeetingController(Meetings meetings, UnitMeetings unitMeetings, MeetingDecisions decisions, MeetingRules rules,
			Authorization authorization, WorkingCalendar calendar) {
		this.meetings = meetings;
		this.unitMeetings = unitMeetings;
		this.decisions = decisions;
		this.rules = rules;
		this.authorization = authorization;
		this.calendar = calendar;
	}

	@Operation(summary = "Call a meeting of the unit, one-off or a standing meeting out of turn, with its agenda")
	@PostMapping("/units/{code}/meetings")
	@Allow(value = "meeting:call", scope = AccessScope.UNIT, on = "code", audit = AuditClass.OWN)
	ResponseEntity<Meeting> call(@PathVariable String code, @RequestBody MeetingRequest request) {
		return ResponseEntity.status(201).body(unitMeetings.call(code, request, authorization.current()));
	}

	@Operation(summary = "The unit's meetings starting in [from, to), latest first; the last 90 days when omitted")
	@GetMapping("/units/{code}/meetings")
	@Allow(value = "meeting:read", scope = AccessScope.UNIT, on = "code")
	List<Meeting> list(@PathVariable String code, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant end = to == null ? calendar.now().plus(90, ChronoUnit.DAYS) : to;
		return unitMeetings.list(code, from == null ? calendar.now().minus(90, ChronoUnit.DAYS) : from, end);
	}

	@Operation(summary = "One meeting with its agenda, minutes and decisions")
	@GetMapping("/meetings/{id}")
	@Allow(value = "meeting:read", scope = AccessScope.FILTERED)
	Meeting get(@PathVariable long id) {
		return meetings.get(id, authorization.current());
	}

	@Operation(summary = "Write the meeting's minutes (纪要) and who attended, once it has begun")
	@PutMapping("/meetings/{id}/minutes")
	@Allow(value = "meeting:call", scope = AccessScope.FILTERED, audit = AuditClass.OWN)
	Meeting minutes(@PathVariable long id, @RequestBody MinutesRequest request) {
		return meetings.recordMinutes(id, request, authorization.current());
	}

	@Operation(summary = "Record a decision of the meeting on a case, applied as the case action it names")
	@PostMapping("/meetings/{id}/decisions")
	@Allow(value = "meeting:call", scope = AccessScope.FILTERED, audit = AuditClass.OWN)
	ResponseEntity<Meeting> decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		return ResponseEntity.status(201).body(decisions.decide(id, request, authorization.current()));
	}

	@Operation(summary = "The unit's standing meetings (例行会议)")
	@GetMapping("/units/{code}/meeting-rules")
	@Allow(value = "meeting:read", scope = AccessScope.UNIT, on = "code")
	List<MeetingRule> rules(@PathVariable String code) {
		return rules.list(code);
	}

	@Operation(summary = "Add or change a standing meeting of the unit: how often, when, who calls it, its agenda")
	@PutMapping("/units/{code}/meeting-rules/{rule}")
	@Allow(value = "catalogue:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	MeetingRule putRule(@PathVariable String code, @PathVariable String rule, @RequestBody MeetingRule body) {
		return rules.put(code, rule, body);
	}

	@Operation(summary = "Remove a standing meeting; the meetings it called stay on record")
	@DeleteMapping("/units/{code}/meeting-rules/{rule}")
	@Allow(value = "catalogue:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteRule(@PathVariable String code, @PathVariable String rule) {
		rules.delete(code, rule);
		return ResponseEntity.noContent().build();
	}
}
