package org.onegrid.catalogue;

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

/**
 * Area classes by grid.
 */
@RestController
@RequestMapping("/api/v1/catalogue/area-classes")
@Tag(name = "Catalogue")
class AreaClassController {

	private final AreaClasses areaClasses;

	AreaClassController(AreaClasses areaClasses) {
		this.areaClasses = areaClasses;
	}

	@Operation(summary = "Every grid that has an area class")
	@GetMapping
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<AreaClassRule> all() {
		return areaClasses.all();
	}

	@Operation(summary = "Set a grid's area class (A core, B, C general) for its whole subtree")
	@PutMapping("/{layer}/{grid}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	AreaClassRule set(@PathVariable String layer, @PathVariable String grid, @RequestBody AreaClassBody body) {
		return areaClasses.set(layer, grid, body.areaClass());
	}

	@Operation(summary = "Remove a grid's area class")
	@DeleteMapping("/{layer}/{grid}")
	@Allow(value = "catalogue:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String layer, @PathVariable String grid) {
		areaClasses.delete(layer, grid);
		return ResponseEntity.noContent().build();
	}

	/** The class to set. */
	record AreaClassBody(String areaClass) {
	}
}
