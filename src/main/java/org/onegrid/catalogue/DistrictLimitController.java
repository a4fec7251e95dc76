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
		return new Limits(district, limits.maximum(district).orElse(null), limits.of(district));
	}

	@Operation(summary = "Set a district's maximum and its own time limits, replacing what it set before")
	@PutMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	Limits put(@PathVariable String district, @RequestBody LimitsBody body) {
		List<DistrictLimit> own = limits.replace(district, body.maxWorkingDays(), body.classes());
		return new Limits(district, body.maxWorkingDays(), own);
	}

	@Operation(summary = "Let a district keep the catalogue's time limits and the installation's maximum again")
	@DeleteMapping("/{district}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> clear(@PathVariable String district) {
		limits.clear(district);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The most working days a stage may run in the district ({@code null}: the installation's) and the classes whose
	 * limits it sets; at least one of the two.
	 */
	record LimitsBody(Integer maxWorkingDays, List<DistrictLimit> classes) {
	}

	/** A district's maximum ({@code null} when it keeps the installation's) and its own limits. */
	record Limits(String district, Integer maxWorkingDays, List<DistrictLimit> classes) {
	}
}
