package org.onegrid.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.geo.GeoJson;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.Grids.GridEntry;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The district's grid layers and their grids: define and remove layers, list, browse as a tree, read one grid and
 * export a layer or a subtree as GeoJSON.
 */
@Service
public class GridLayers {

	private final Layers layers;

	private final Grids grids;

	private final GridLocator locator;

	private final ApplicationEventPublisher events;

	GridLayers(Layers layers, Grids grids, GridLocator locator, ApplicationEventPublisher events) {
		this.layers = layers;
		this.grids = grids;
		this.locator = locator;
		this.events = events;
	}

	public List<GridLayer> list() {
		return layers.all();
	}

	/** @throws ApiProblem 404 when there is no such layer */
	public GridLayer get(String code) {
		return layers.find(code).orElseThrow(() -> ApiProblem.notFound("Layer", code));
	}

	public boolean exists(String code) {
		return layers.find(code).isPresent();
	}

	/** Creates the layer or updates its description (its grids stay); returns whether it was created. */
	public boolean define(LayerDefinition definition) {
		boolean created = layers.save(definition);
		locator.refresh();
		return created;
	}

	/** Removes the layer and all its grids. */
	public void delete(String code) {
		if (!layers.delete(code)) {
			throw ApiProblem.notFound("Layer", code);
		}
		events.publishEvent(new GridLayerChanged(code, 0));
		locator.refresh();
	}

	/** The layer's grids without geometry, optionally only one level or the children of one parent. */
	public List<GridSummary> grids(String layerCode, Integer level, String parentCode) {
		GridLayer layer = get(layerCode);
		List<GridSummary> result = new ArrayList<>();
		for (GridEntry grid : grids.entriesOf(layerCode)) {
			if ((level == null || grid.level() == level)
					&& (parentCode == null || parentCode.equals(grid.parentCode()))) {
				result.add(summary(layer, grid));
			}
		}
		return result;
	}

	/** One grid as a GeoJSON Feature. */
	public Map<String, Object> grid(String layerCode, String code) {
		GridLayer layer = get(layerCode);
		StoredGrid grid = grids.find(layerCode, code).orElseThrow(() -> ApiProblem.notFound("Grid", code));
		return feature(layer, grid);
	}

	/** The layer as nested nodes from its roots down, without geometry. */
	public List<GridNode> tree(String layerCode) {
		GridLayer layer = get(layerCode);
		Map<String, GridNode> nodes = new LinkedHashMap<>();
		List<GridEntry> all = grids.entriesOf(layerCode);
		for (GridEntry grid : all) {
			nodes.put(grid.code(), new GridNode(summary(layer, grid), new ArrayList<>()));
		}
		List<GridNode> roots = new ArrayList<>();
		for (GridEntry grid : all) {
			GridNode parent = grid.parentCode() == null ? null : nodes.get(grid.parentCode());
			(parent == null ? roots : parent.children()).add(nodes.get(grid.code()));
		}
		return roots;
	}

	/** The layer, or the subtree under {@code rootCode} when given, as a GeoJSON FeatureCollection. */
	public Map<String, Object> export(String layerCode, String rootCode) {
		GridLayer layer = get(layerCode);
		List<StoredGrid> all = grids.ofLayer(layerCode);
		Set<String> included = rootCode == null ? null : subtree(all, rootCode);
		List<Object> features = new ArrayList<>();
		for (StoredGrid grid : all) {
			if (included == null || included.contains(grid.code())) {
				features.add(feature(layer, grid));
			}
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("layer", layerCode);
		collection.put("version", layer.version());
		collection.put("generated", layer.generated());
		collection.put("features", features);
		return collection;
	}

	private Set<String> subtree(List<StoredGrid> all, String rootCode) {
		Map<String, List<String>> children = new HashMap<>();
		boolean found = false;
		for (StoredGrid grid : all) {
			found |= grid.code().equals(rootCode);
			if (grid.parentCode() != null) {
				children.computeIfAbsent(grid.parentCode(), k -> new ArrayList<>()).add(grid.code());
			}
		}
		if (!found) {
			throw ApiProblem.notFound("Grid", rootCode);
		}
		Set<String> included = new java.util.HashSet<>();
		List<String> pending = new ArrayList<>(List.of(rootCode));
		while (!pending.isEmpty()) {
			String code = pending.remove(pending.size() - 1);
			if (included.add(code)) {
				pending.addAll(children.getOrDefault(code, List.of()));
			}
		}
		return included;
	}

	private static GridSummary summary(GridLayer layer, GridEntry grid) {
		return new GridSummary(layer.code(), grid.code(), grid.name(), grid.level(), layer.levelName(grid.level()),
				grid.parentCode(), Math.round(grid.areaM2() * 10) / 10.0, grid.generated());
	}

	private static Map<String, Object> feature(GridLayer layer, StoredGrid grid) {
		var entry = new GridEntry(grid.code(), grid.name(), grid.level(), grid.parentCode(), grid.areaM2(),
				grid.generated());
		return feature(layer, entry, grid.geometry());
	}

	private static Map<String, Object> feature(GridLayer layer, GridEntry grid,
			org.locationtech.jts.geom.Geometry geometry) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("layer", layer.code());
		properties.put("code", grid.code());
		properties.put("name", grid.name());
		properties.put("level", layer.levelName(grid.level()));
		properties.put("levelIndex", grid.level());
		properties.put("parent", grid.parentCode());
		properties.put("areaM2", Math.round(grid.areaM2() * 10) / 10.0);
		properties.put("generated", grid.generated());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("properties", properties);
		feature.put("geometry", GeoJson.write(geometry));
		return feature;
	}

	/** A grid and its children. */
	public record GridNode(GridSummary grid, List<GridNode> children) {
	}
}
