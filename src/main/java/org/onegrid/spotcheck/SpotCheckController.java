package org.onegrid.spotcheck;

import java.time.Instant;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Spot checks", description = "定位定时、随机督查 / Position checks and random spot checks of grid workers")
@RestController
@RequestMapping("/api/v1")
class SpotCheckController {

	private final SpotChecks checks;

	private final SpotCheckRules rules;

	private final Authorization authorization;

	private final WorkingCalendar calendar;

	SpotCheckController(SpotChecks checks, SpotCheckRules rules, Authorization authorization,
			WorkingCalendar calendar) {
		this.checks = checks;
		this.rules = rules;
		this.authorization = authorization;
		this.calendar = calendar;
	}

	@Operation(summary = "The district's spot check rules, by code")
	@GetMapping("/spot-check-rules")
	@Allow(value = "spotcheck:read", scope = AccessScope.DISTRICT)
	List<SpotCheckRule> rules() {
		return rules.list();
	}

	@Operation(summary = "One spot check rule")
	@GetMapping("/spot-check-rules/{code}")
	@Allow(value = "spotcheck:read", scope = AccessScope.DISTRICT)
	SpotCheckRule rule(@PathVariable String code) {
		return rules.find(code).orElseThrow(() -> ApiProblem.notFound("Spot check rule", code));
	}

	@Operation(summary = "Add or change a spot check rule: its unit, fixed times, random checks, sample and tolerance")
	@PutMapping("/spot-check-rules/{code}")
	@Allow(value = "spotcheck:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	SpotCheckRule putRule(@PathVariable String code, @RequestBody SpotCheckRule body) {
		return rules.put(code, body, authorization.current());
	}

	@Operation(summary = "Remove a spot check rule; the checks it made stay on record")
	@DeleteMapping("/spot-check-rules/{code}")
	@Allow(value = "spotcheck:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> deleteRule(@PathVariable String code) {
		rules.delete(code, authorization.current());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The checks due in [from, to) with the results of the unit's workers; the last 30 days when "
			+ "omitted")
	@GetMapping("/spot-checks")
	@Allow(value = "spotcheck:read", scope = AccessScope.UNIT, on = "unit", audit = AuditClass.PERSONAL_DATA)
	List<SpotCheck> list(@RequestParam String unit, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant end = to == null ? calendar.now().plus(1, ChronoUnit.MINUTES) : to;
		return checks.list(unit, from == null ? end.minus(30, ChronoUnit.DAYS) : from, end);
	}

	@Operation(summary = "A worker's checks due in [from, to), each with their result; the last 30 days when omitted")
	@GetMapping("/people/{id}/spot-checks")
	@Allow(value = "spotcheck:read", scope = AccessScope.PERSON, on = "id", self = true,
			audit = AuditClass.PERSONAL_DATA)
	List<SpotCheck> ofPerson(@PathVariable long id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		Instant end = to == null ? calendar.now().plus(1, ChronoUnit.MINUTES) : to;
		return checks.ofPerson(id, from == null ? end.minus(30, ChronoUnit.DAYS) : from, end);
	}
}
