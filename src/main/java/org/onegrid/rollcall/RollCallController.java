package org.onegrid.rollcall;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
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

@Tag(name = "Roll call", description = "点名报到 / Roll call of the people posted at a unit")
@RestController
@RequestMapping("/api/v1")
class RollCallController {

	private final RollCalls rollCalls;

	private final RollCallRules rules;

	private final Authorization authorization;

	private final WorkingCalendar calendar;

	RollCallController(RollCalls rollCalls, RollCallRules rules, Authorization authorization,
			WorkingCalendar calendar) {
		this.rollCalls = rollCalls;
		this.rules = rules;
		this.authorization = authorization;
		this.calendar = calendar;
	}

	@Operation(summary = "Call the roll of the people posted at the unit (in a role, if given)")
	@PostMapping("/units/{code}/roll-calls")
	@Allow(value = "rollcall:call", scope = AccessScope.UNIT, on = "code", audit = AuditClass.OWN)
	ResponseEntity<RollCall> call(@PathVariable String code, @RequestBody RollCallRequest request) {
		return ResponseEntity.status(201).body(rollCalls.call(code, request, authorization.current()));
	}

	@Operation(summary = "The unit's roll calls in [from, to), newest first; the last 30 days when omitted")
	@GetMapping("/units/{code}/roll-calls")
	@Allow(value = "rollcall:read", scope = AccessScope.UNIT, on = "code", audit = AuditClass.PERSONAL_DATA)
	List<RollCall> list(@PathVariable String code, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant end = to == null ? calendar.now().plus(1, ChronoUnit.MINUTES) : to;
		return rollCalls.list(code, from == null ? end.minus(30, ChronoUnit.DAYS) : from, end);
	}

	@Operation(summary = "Each person's roll calls at the unit in a month: called, present, late, absent")
	@GetMapping("/units/{code}/roll-call-attendance")
	@Allow(value = "rollcall:read", scope = AccessScope.UNIT, on = "code", audit = AuditClass.PERSONAL_DATA)
	List<AttendanceRow> attendance(@PathVariable String code, @RequestParam String month) {
		try {
			return rollCalls.attendance(code, YearMonth.parse(month));
		}
		catch (DateTimeParseException e) {
			throw ApiProblem.invalidField("month", "FORMAT", "month is a year and month such as 2026-12");
		}
	}

	@Operation(summary = "One roll call with everyone it called and their answers")
	@GetMapping("/roll-calls/{id}")
	@Allow(value = "rollcall:read", scope = AccessScope.FILTERED, audit = AuditClass.PERSONAL_DATA)
	RollCall get(@PathVariable long id) {
		return rollCalls.get(id, authorization.current());
	}

	@Operation(summary = "The roll calls of the last seven days that called me, with my answer")
	@GetMapping("/roll-calls/mine")
	@Allow(value = "rollcall:answer", scope = AccessScope.OWN)
	List<RollCall> mine() {
		return rollCalls.mine(authorization.current());
	}

	@Operation(summary = "Answer a roll call that called me (报到); a second answer changes nothing")
	@PostMapping("/roll-calls/{id}/answer")
	@Allow(value = "rollcall:answer", scope = AccessScope.OWN, audit = AuditClass.OWN)
	Attendee answer(@PathVariable long id) {
		return rollCalls.answer(id, authorization.current());
	}

	@Operation(summary = "The unit's standing roll calls (例行点名)")
	@GetMapping("/units/{code}/roll-call-rules")
	@Allow(value = "rollcall:read", scope = AccessScope.UNIT, on = "code")
	List<RollCallRule> rules(@PathVariable String code) {
		return rules.list(code);
	}

	@Operation(summary = "Add or change a standing roll call of the unit: its time of day, role, window and days")
	@PutMapping("/units/{code}/roll-call-rules/{rule}")
	@Allow(value = "roster:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	RollCallRule putRule(@PathVariable String code, @PathVariable String rule, @RequestBody RollCallRule body) {
		return rules.put(code, rule, body);
	}

	@Operation(summary = "Remove a standing roll call; the roll calls it made stay on record")
	@DeleteMapping("/units/{code}/roll-call-rules/{rule}")
	@Allow(value = "roster:manage", scope = AccessScope.UNIT, on = "code", audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteRule(@PathVariable String code, @PathVariable String rule) {
		rules.delete(code, rule);
		return ResponseEntity.noContent().build();
	}
}
