package org.onegrid.grid;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onegrid.api.AccessScope;
import org.onegrid.api.Allow;
import org.onegrid.api.ApiProblem;
import org.onegrid.api.AuditClass;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Grid layers", description = "网格层与网格 / Grid layers and their grids")
@RestController
@RequestMapping("/api/v1/layers")
class LayerController {

	private final GridLayers layers;

	private final GridImport imports;

	private final GridExport exports;

	LayerController(GridLayers layers, GridImport imports, GridExport exports) {
		this.layers = layers;
		this.imports = imports;
		this.exports = exports;
	}

	@Operation(summary = "List the grid layers")
	@GetMapping
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	List<GridLayer> list() {
		return layers.list();
	}

	@Operation(summary = "Create a layer")
	@PostMapping
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<GridLayer> create(@Valid @RequestBody LayerDefinition definition) {
		if (layers.exists(definition.code())) {
			throw new ApiProblem(org.springframework.http.HttpStatus.CONFLICT, "conflict",
					"Layer '" + definition.code() + "' already exists; use PUT to change it");
		}
		layers.define(definition);
		return ResponseEntity.created(URI.create("/api/v1/layers/" + definition.code()))
			.body(layers.get(definition.code()));
	}

	@Operation(summary = "Create or change a layer's description (its grids stay)")
	@PutMapping("/{code}")
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	GridLayer put(@PathVariable String code, @Valid @RequestBody LayerDefinition definition) {
		if (!code.equals(definition.code())) {
			throw ApiProblem.invalidField("code", "MISMATCH", "The body's code must equal the path's layer code");
		}
		layers.define(definition);
		return layers.get(code);
	}

	@Operation(summary = "Get one layer")
	@GetMapping("/{code}")
	@Allow(value = Allow.SIGNED_IN, scope = AccessScope.DISTRICT)
	GridLayer get(@PathVariable String code) {
		return layers.get(code);
	}

	@Operation(summary = "Delete a layer and its grids")
	@DeleteMapping("/{code}")
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ResponseEntity<Void> delete(@PathVariable String code) {
		layers.delete(code);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Replace the layer's grids with a GeoJSON FeatureCollection, all or nothing; "
			+ "geometry=repair repairs invalid polygons, dryRun=true only reports what would happen")
	@PostMapping(path = "/{code}/import", consumes = { "application/json", "application/geo+json" })
	@Allow(value = "grid:manage", scope = AccessScope.DISTRICT, audit = AuditClass.CONFIGURATION)
	ImportResult importGrids(@PathVariable String code, @RequestBody JsonNode featureCollection,
			@RequestParam(required = false) String codeProperty, @RequestParam(required = false) String nameProperty,
			@RequestParam(required = false) String parentProperty,
			@RequestParam(required = false) String levelProperty,
			@RequestParam(defaultValue = "wgs84") String crs,
			@RequestParam(defaultValue = "0.005") double outsideTolerance,
			@RequestParam(defaultValue = "strict") String geometry,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		if (!(outsideTolerance >= 0 && outsideTolerance <= 1)) {
			throw ApiProblem.invalidField("outsideTolerance", "OUT_OF_RANGE",
					"outsideTolerance is a share of the child's area, from 0 to 1");
		}
		var mapping = new ImportMapping(codeProperty, nameProperty, parentProperty, levelProperty,
				GridRequests.crs(crs), outsideTolerance, GridRequests.geometryMode(geometry));
		return dryRun ? imports.dryRun(code, featureCollection, mapping)
				: imports.importLayer(code, featureCollection, mapping);
	}

	@Operation(summary = "List the layer's grids, without geometry")
	@GetMapping("/{code}/grids")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	List<GridSummary> grids(@PathVariable String code, @RequestParam(required = false) String level,
			@RequestParam(required = false) String parent) {
		return layers.grids(code, level, parent);
	}

	@Operation(summary = "Get one grid as a GeoJSON Feature")
	@GetMapping("/{code}/grids/{gridCode}")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	Map<String, Object> grid(@PathVariable String code, @PathVariable String gridCode) {
		return exports.grid(code, gridCode);
	}

	@Operation(summary = "The layer as a tree, without geometry")
	@GetMapping("/{code}/tree")
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	List<GridLayers.GridNode> tree(@PathVariable String code) {
		return layers.tree(code);
	}

	@Operation(summary = "Export the layer, or the subtree under root, as GeoJSON")
	@GetMapping(path = "/{code}/export", produces = { "application/geo+json", "application/json" })
	@Allow(value = "grid:read", scope = AccessScope.DISTRICT)
	Map<String, Object> export(@PathVariable String code, @RequestParam(required = false) String root) {
		return exports.export(code, root);
	}
}
