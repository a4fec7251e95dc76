package org.onegrid.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the pages which base map to draw under the grids, as the district configured it.
 */
@RestController
@EnableConfigurationProperties(BaseMapProperties.class)
@Tag(name = "Map", description = "底图: the base map the pages draw under the grids")
class BaseMapController {

	private final BaseMapProperties properties;

	BaseMapController(BaseMapProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/api/v1/map/base")
	@Operation(summary = "The base map's tile URL template, attribution, coordinate system and subdomains; an empty "
			+ "url means no base map (grids on a plain background); open to anyone, as the citizen portal's map needs it")
	@Allow(value = Allow.ANYONE, scope = AccessScope.DISTRICT)
	BaseMapProperties base() {
		return properties;
	}
}
