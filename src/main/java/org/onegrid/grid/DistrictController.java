package org.onegrid.grid;

import java.net.URI;
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

@Tag(name = "Districts", description = "一个实例服务的各区县 / The districts one installation serves")
@RestController
@RequestMapping("/api/v1/districts")
class DistrictController {

	private final Districts districts;

	DistrictController(Districts districts) {
		this.districts = districts;
	}

	@Operation(summary = "The districts this installation serves, each the territory of one grid")
	@GetMapping
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<District> list() {
		return districts.all();
	}

	@Operation(summary = "One district")
	@GetMapping("/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	District get(@PathVariable String code) {
		return districts.get(code);
	}

	@Operation(summary = "Describe a district, or describe it anew: its name and the grid whose territory it is")
	@PutMapping("/{code}")
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<District> put(@PathVariable String code, @RequestBody DistrictRequest request) {
		boolean created = districts.put(code, request);
		District district = districts.get(code);
		return created ? ResponseEntity.created(URI.create("/api/v1/districts/" + code)).body(district)
				: ResponseEntity.ok(district);
	}

	@Operation(summary = "Stop serving a district; its cases stay")
	@DeleteMapping("/{code}")
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		districts.delete(code);
		return ResponseEntity.noContent().build();
	}
}
