package org.onegrid.cases;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The district's closing rights by tier, for holders of {@code catalogue:manage}, who keep its rules. */
@RestController
@RequestMapping("/api/v1/closing-rules")
@Tag(name = "Cases", description = "案件: intake, lifecycle actions, timeline and search")
class ClosingRuleController {

	private final ClosingRules rules;

	ClosingRuleController(ClosingRules rules) {
		this.rules = rules;
	}

	@Operation(summary = "Every tier's closers (结案权限); a tier not listed may be closed by anyone with case:close")
	@GetMapping
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	List<ClosingRule> list() {
		return rules.list();
	}

	@Operation(summary = "One tier's closers")
	@GetMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	ClosingRule get(@PathVariable String tier) {
		return rules.get(Tiers.named(tier));
	}

	@Operation(summary = "Set who may close a case of the tier: levels of the primary layer, roles, or a role at a level")
	@PutMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ClosingRule put(@PathVariable String tier, @RequestBody ClosingRule.Request request) {
		return rules.put(Tiers.named(tier), request);
	}

	@Operation(summary = "Remove the tier's closers, so that case:close alone decides again")
	@DeleteMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String tier) {
		rules.delete(Tiers.named(tier));
		return ResponseEntity.noContent().build();
	}
}
