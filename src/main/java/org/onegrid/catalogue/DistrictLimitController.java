package org.onegrid.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.onegrid.grid.Districts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The time limits each district served sets for itself, where they differ from the catalogue's.
 */
@RestController
@RequestMapping("/api/v1/catalogue/district-limits")
@Tag(name = "Catalogue")
class DistrictLimitController {

	private final DistrictLimits limits;

	private final Districts districts;

	DistrictLimitController(DistrictLimits limits, Districts districts) {
		this.limits = limits;
		this.districts = districts;
	}

	@Operation(summary = "The time limits a district sets for itself, class by class; empty when it keeps the "
			+ "catalogue's")
	@GetMapping("/{district}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Limits get(@PathVariable String district) {
		districts.get(district);
		return new Limits(district, limits.of(district));
	}

	@Operation(summary = "Set a district's own time limits, replacing the ones it set before")
	@PutMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Limits put(@PathVariable String district, @RequestBody LimitsBody body) {
		return new Limits(district, limits.put(district, body.classes()));
	}

	@Operation(summary = "Let a district keep the catalogue's time limits everywhere again")
	@DeleteMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> clear(@PathVariable String district) {
		limits.clear(district);
		return ResponseEntity.noContent().build();
	}

	/** The classes whose limits the district sets, at least one. */
	record LimitsBody(List<DistrictLimit> classes) {
	}

	/** A district's own limits. */
	record Limits(String district, List<DistrictLimit> classes) {
	}
}
