package org.onegrid.grid;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Grid layers", description = "网格层与网格 / Grid layers and their grids")
@RestController
@RequestMapping("/api/v1/layers/{code}/members")
class MemberController {

	private final GridMembers members;

	MemberController(GridMembers members) {
		this.members = members;
	}

	@Operation(summary = "The members of the layer's grids (units, road sections, shops), or of one grid, as GeoJSON")
	@GetMapping(produces = { "application/geo+json", "application/json" })
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	Map<String, Object> list(@PathVariable String code, @RequestParam(required = false) String grid) {
		return members.export(code, grid);
	}

	@Operation(summary = "Replace the members of the layer's grids with a GeoJSON FeatureCollection, all or nothing")
	@PutMapping(consumes = { "application/json", "application/geo+json" })
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	GridMembers.MemberSet replace(@PathVariable String code, @RequestBody JsonNode featureCollection,
			@RequestParam(defaultValue = "wgs84") String crs) {
		return members.replace(code, featureCollection, GridRequests.crs(crs));
	}
}
