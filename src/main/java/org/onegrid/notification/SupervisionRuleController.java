package org.onegrid.notification;

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

/** The district's automatic supervision rules, for holders of {@code catalogue:manage}, who keep its rules. */
@Tag(name = "Notifications", description = "值班提醒 / Alerts for people on duty")
@RestController
@RequestMapping("/api/v1/supervision-rules")
class SupervisionRuleController {

	private final SupervisionRules rules;

	SupervisionRuleController(SupervisionRules rules) {
		this.rules = rules;
	}

	@Operation(summary = "Every automatic supervision (自动督办) rule")
	@GetMapping
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	List<SupervisionRule> list() {
		return rules.list();
	}

	@Operation(summary = "One automatic supervision rule")
	@GetMapping("/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	SupervisionRule get(@PathVariable String code) {
		return rules.get(code);
	}

	@Operation(summary = "Add or change the rule: when a stage turns yellow or red, send 督办 or 催办 with its note")
	@PutMapping("/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	SupervisionRule put(@PathVariable String code, @RequestBody SupervisionRuleRequest request) {
		return rules.put(code, request);
	}

	@Operation(summary = "Remove the rule")
	@DeleteMapping("/{code}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		rules.delete(code);
		return ResponseEntity.noContent().build();
	}
}
