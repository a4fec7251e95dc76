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

/** The grid levels that handle each tier, for holders of {@code catalogue:manage}, who keep the district's rules. */
@RestController
@RequestMapping("/api/v1/tier-levels")
@Tag(name = "Cases", description = "案件: intake, lifecycle actions, timeline and search")
class TierLevelController {

	private final TierLevels levels;

	TierLevelController(TierLevels levels) {
		this.levels = levels;
	}

	@Operation(summary = "Every tier's handling levels (处置层级), the district's or else the installation's")
	@GetMapping
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	List<TierLevel> list() {
		return levels.list();
	}

	@Operation(summary = "One tier's handling levels")
	@GetMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT)
	TierLevel get(@PathVariable String tier) {
		return levels.get(Tiers.named(tier));
	}

	@Operation(summary = "Set the levels of the primary layer that handle a case of the tier, tried leaf first")
	@PutMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	TierLevel put(@PathVariable String tier, @RequestBody TierLevel.Request request) {
		return levels.put(Tiers.named(tier), request);
	}

	@Operation(summary = "Give the tier back to the installation's handling levels")
	@DeleteMapping("/{tier}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String tier) {
		levels.delete(Tiers.named(tier));
		return ResponseEntity.noContent().build();
	}
}
