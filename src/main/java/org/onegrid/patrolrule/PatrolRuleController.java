package org.onegrid.patrolrule;

import java.net.URI;
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

/** The patrol rules of the units in the caller's scope, and how their grid workers meet them. */
@Tag(name = "Patrol rules", description = "巡查频次 / Patrol minimums of grid workers per week")
@RestController
@RequestMapping("/api/v1/patrol-rules")
class PatrolRuleController {

	private final PatrolRules rules;

	private final PatrolMinimums minimums;

	private final Authorization authorization;

	PatrolRuleController(PatrolRules rules, PatrolMinimums minimums, Authorization authorization) {
		this.rules = rules;
		this.minimums = minimums;
		this.authorization = authorization;
	}

	@Operation(summary = "The patrol rules of the units in my scope")
	@GetMapping
	@Allow(value = "track:read", scope = AccessScope.FILTERED)
	List<PatrolRule> list() {
		Grant grant = authorization.current();
		return rules.list().stream().filter(rule -> grant.holdsUnit(rule.unitCode())).toList();
	}

	@Operation(summary = "For each rule, each grid worker it covers in my scope: their patrol days in the ISO week "
			+ "(such as 2026-W48, the current week when not given) and whether the minimum is met")
	@GetMapping("/shortfalls")
	@Allow(value = "track:read", scope = AccessScope.FILTERED, audit = AuditClass.PERSONAL_DATA)
	List<PatrolWeek> shortfalls(@RequestParam(required = false) String week) {
		Grant grant = authorization.current();
		return minimums.check(week, grant::holdsUnit);
	}

	@Operation(summary = "Get a patrol rule")
	@GetMapping("/{code}")
	@Allow(value = "track:read", scope = AccessScope.FILTERED)
	PatrolRule get(@PathVariable String code) {
		PatrolRule rule = rules.get(code);
		if (!authorization.current().holdsUnit(rule.unitCode())) {
			throw ApiProblem.notFound("Patrol rule", code);
		}
		return rule;
	}

	@Operation(summary = "Create or replace a patrol rule of a unit in my scope (201 when created)")
	@PutMapping("/{code}")
	@Allow(value = "roster:manage", scope = AccessScope.FILTERED, audit = AuditClass.CONFIGURATION)
	ResponseEntity<PatrolRule> put(@PathVariable String code, @RequestBody PatrolRuleDefinition definition) {
		Grant grant = authorization.current();
		rules.find(code).ifPresent(stored -> grant.requireUnit(stored.unitCode()));
		if (definition.unitCode() != null && !definition.unitCode().isBlank()) {
			grant.requireUnit(definition.unitCode().strip());
		}
		if (rules.put(code, definition)) {
			return ResponseEntity.created(URI.create("/api/v1/patrol-rules/" + code)).body(rules.get(code));
		}
		return ResponseEntity.ok(rules.get(code));
	}

	@Operation(summary = "Remove a patrol rule of a unit in my scope")
	@DeleteMapping("/{code}")
	@Allow(value = "roster:manage", scope = AccessScope.FILTERED, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		authorization.current().requireUnit(rules.get(code).unitCode());
		rules.delete(code);
		return ResponseEntity.noContent().build();
	}
}
