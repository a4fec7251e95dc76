package org.onegrid.staffing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.access.Authorization;
import org.onegrid.access.Grant;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staffing rules of the units in the caller's scope, and how their rosters meet them. */
@Tag(name = "Staffing rules", description = "人员进驻要求 / Staffing minimums of the units' rosters")
@RestController
@RequestMapping("/api/v1/staffing-rules")
class StaffingController {

	private final StaffingRules rules;

	private final Staffing staffing;

	private final Authorization authorization;

	StaffingController(StaffingRules rules, Staffing staffing, Authorization authorization) {
		this.rules = rules;
		this.staffing = staffing;
		this.authorization = authorization;
	}

	@Operation(summary = "The staffing rules of the units in my scope")
	@GetMapping
	@Allow(value = "roster:read", scope = AccessScope.FILTERED)
	List<StaffingRule> list() {
		Grant grant = authorization.current();
		return rules.list().stream().filter(rule -> grant.holdsUnit(rule.unitCode())).toList();
	}

	@Operation(summary = "For each rule and each day from `from` to `to` it applies: the covering shifts, the people "
			+ "on duty and qualified, and whether the rule is met (at most 62 days)")
	@GetMapping("/shortfalls")
	@Allow(value = "roster:read", scope = AccessScope.FILTERED, audit = AuditClass.PERSONAL_DATA)
	List<StaffingDay> shortfalls(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		Grant grant = authorization.current();
		return staffing.check(from, to, grant::holdsUnit);
	}

	@Operation(summary = "Get a staffing rule")
	@GetMapping("/{code}")
	@Allow(value = "roster:read", scope = AccessScope.FILTERED)
	StaffingRule get(@PathVariable String code) {
		StaffingRule rule = rules.get(code);
		if (!authorization.current().holdsUnit(rule.unitCode())) {
			throw ApiProblem.notFound("Staffing rule", code);
		}
		return rule;
	}

	@Operation(summary = "Create or replace a staffing rule of a unit in my scope (201 when created)")
	@PutMapping("/{code}")
	@Allow(value = "roster:manage", scope = AccessScope.FILTERED, audit = AuditClass.CONFIGURATION)
	ResponseEntity<StaffingRule> put(@PathVariable String code, @RequestBody StaffingRuleDefinition definition) {
		Grant grant = authorization.current();
		rules.find(code).ifPresent(stored -> grant.requireUnit(stored.unitCode()));
		if (definition.unitCode() != null && !definition.unitCode().isBlank()) {
			grant.requireUnit(definition.unitCode().strip());
		}
		if (rules.put(code, definition)) {
			return ResponseEntity.created(URI.create("/api/v1/staffing-rules/" + code)).body(rules.get(code));
		}
		return ResponseEntity.ok(rules.get(code));
	}

	@Operation(summary = "Remove a staffing rule of a unit in my scope")
	@DeleteMapping("/{code}")
	@Allow(value = "roster:manage", scope = AccessScope.FILTERED, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		authorization.current().requireUnit(rules.get(code).unitCode());
		rules.delete(code);
		return ResponseEntity.noContent().build();
	}
}
