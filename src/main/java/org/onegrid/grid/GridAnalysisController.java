package org.onegrid.grid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Grid analysis", description = "多格合一覆盖分析 / Coverage analysis for grid merging")
@RestController
class GridAnalysisController {

	private final GridCoverage coverage;

	private final GridLocator locator;

	GridAnalysisController(GridCoverage coverage, GridLocator locator) {
		this.coverage = coverage;
		this.locator = locator;
	}

	@Operation(summary = "Gaps (盲区), sibling overlaps and spills outside the parent, with areas in m²; pieces "
			+ "under minArea m² or on average narrower than minWidth m (slivers) are left out; outline=layer:code measures "
			+ "the top grids against that grid, such as the district's boundary")
	@GetMapping("/api/v1/layers/{code}/analysis/coverage")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	CoverageReport coverage(@PathVariable String code, @RequestParam(defaultValue = "1") double minArea,
			@RequestParam(defaultValue = "0.5") double minWidth, @RequestParam(required = false) String outline) {
		if (!(minArea >= 0)) {
			throw ApiProblem.invalidField("minArea", "OUT_OF_RANGE", "minArea must be 0 or more square metres");
		}
		if (!(minWidth >= 0)) {
			throw ApiProblem.invalidField("minWidth", "OUT_OF_RANGE", "minWidth must be 0 or more metres");
		}
		return coverage.coverage(code, minArea, minWidth,
				outline == null ? null : GridCoverage.GridRef.parse(outline, "outline"));
	}

	@Operation(summary = "Correspondence of this layer's grids to another layer's, with overlap shares")
	@GetMapping("/api/v1/layers/{code}/analysis/correspondence")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	CorrespondenceReport correspondence(@PathVariable String code, @RequestParam String with,
			@RequestParam(required = false) String level, @RequestParam(required = false) String otherLevel,
			@RequestParam(defaultValue = "0.05") double minShare) {
		return coverage.correspondence(code, level, with, otherLevel, minShare);
	}

	@Operation(summary = "Locate a point in every layer: the grids from leaf to root; crs is wgs84, gcj02, bd09 or cgcs2000")
	@GetMapping("/api/v1/grids/locate")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	Location locate(@RequestParam double lon, @RequestParam double lat,
			@RequestParam(defaultValue = "wgs84") String crs) {
		GridRequests.requireLonLat(lon, lat);
		return locator.locate(lon, lat, GridRequests.crs(crs));
	}
}
