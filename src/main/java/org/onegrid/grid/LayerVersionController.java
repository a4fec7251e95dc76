package org.onegrid.grid;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.AuditClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Grid layers", description = "网格层与网格 / Grid layers and their grids")
@RestController
@RequestMapping("/api/v1/layers/{code}/versions")
class LayerVersionController {

	private final LayerHistory history;

	private final GridExport exports;

	LayerVersionController(LayerHistory history, GridExport exports) {
		this.history = history;
		this.exports = exports;
	}

	@Operation(summary = "The versions of the layer's grids, the current one first")
	@GetMapping
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	List<LayerVersion> versions(@PathVariable String code) {
		return history.versions(code);
	}

	@Operation(summary = "What the import that made a version changed: each replaced grid's successor, and the team "
			+ "members, units and rules that followed it or the open cases left to check")
	@GetMapping("/{version}")
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.PERSONAL_DATA)
	LayerHistory.VersionChanges changes(@PathVariable String code, @PathVariable long version) {
		return history.changes(code, version);
	}

	@Operation(summary = "Export a version of the layer, current or earlier, as GeoJSON")
	@GetMapping(path = "/{version}/export", produces = { "application/geo+json", "application/json" })
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	Map<String, Object> export(@PathVariable String code, @PathVariable long version) {
		return exports.exportVersion(code, version);
	}
}
