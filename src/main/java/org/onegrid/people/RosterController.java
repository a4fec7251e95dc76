package org.onegrid.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Duty roster", description = "7×24 值班表 / The 7×24 duty roster")
@RestController
@RequestMapping("/api/v1")
class RosterController {

	private final DutyRoster roster;

	private final Clock clock;

	RosterController(DutyRoster roster, Clock clock) {
		this.roster = roster;
		this.clock = clock;
	}

	@Operation(summary = "Who is on duty for the unit at an instant (now when omitted)")
	@GetMapping("/units/{code}/on-duty")
	@Allow(value = "roster:read", scope = AccessScope.UNIT, on = "code", audit = AuditClass.PERSONAL_DATA)
	List<DutyShift> onDuty(@PathVariable String code, @RequestParam(required = false) Instant at) {
		return roster.onDuty(code, at == null ? clock.instant() : at);
	}

	@Operation(summary = "The unit's shifts overlapping [from, to); the coming 7 days when omitted")
	@GetMapping("/units/{code}/roster")
	@Allow(value = "roster:read", scope = AccessScope.UNIT, on = "code", audit = AuditClass.PERSONAL_DATA)
	List<DutyShift> shifts(@PathVariable String code, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant start = from == null ? clock.instant() : from;
		return roster.shifts(code, start, to == null ? start.plus(Duration.ofDays(7)) : to);
	}

	@Operation(summary = "Add one shift; 409 when the person already has an overlapping shift")
	@PostMapping("/units/{code}/roster/shifts")
	@Allow(value = "roster:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<DutyShift> add(@PathVariable String code, @RequestBody ShiftRequest request) {
		return ResponseEntity.status(201).body(roster.add(code, request));
	}

	@Operation(summary = "Add the shifts of a daily pattern over several days, all or nothing")
	@PostMapping("/units/{code}/roster/pattern")
	@Allow(value = "roster:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<List<DutyShift>> apply(@PathVariable String code, @RequestBody ShiftPattern pattern) {
		return ResponseEntity.status(201).body(roster.apply(code, pattern));
	}

	@Operation(summary = "Remove a shift")
	@DeleteMapping("/units/{code}/roster/shifts/{id}")
	@Allow(value = "roster:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> remove(@PathVariable String code, @PathVariable long id) {
		roster.remove(code, id);
		return ResponseEntity.noContent().build();
	}
}
