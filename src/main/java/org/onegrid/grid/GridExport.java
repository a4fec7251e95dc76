package org.onegrid.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onegrid.api.ApiProblem;
import org.onegrid.geo.GeoJson;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.stereotype.Service;

/**
 * Grids out as GeoJSON: one grid as a Feature, a layer or a subtree as a FeatureCollection that imports back
 * unchanged. Each feature says its layer, level (by name and index), parent, area and whether it was generated.
 */
@Service
public class GridExport {

	private final GridLayers layers;

	private final Grids grids;

	private final LayerHistory history;

	GridExport(GridLayers layers, Grids grids, LayerHistory history) {
		this.layers = layers;
		this.grids = grids;
		this.history = history;
	}

	/** One grid as a GeoJSON Feature. */
	public Map<String, Object> grid(String layerCode, String code) {
		GridLayer layer = layers.get(layerCode);
		StoredGrid grid = grids.find(layerCode, code).orElseThrow(() -> ApiProblem.notFound("Grid", code));
		return feature(layer, grid);
	}

	/** The layer, or the subtree under {@code rootCode} when given, as a GeoJSON FeatureCollection. */
	public Map<String, Object> export(String layerCode, String rootCode) {
		GridLayer layer = layers.get(layerCode);
		List<StoredGrid> all = grids.ofLayer(layerCode);
		Set<String> included = rootCode == null ? null : subtree(all, rootCode);
		List<Object> features = new ArrayList<>();
		for (StoredGrid grid : all) {
			if (included == null || included.contains(grid.code())) {
				features.add(feature(layer, grid));
			}
		}
		return collection(layer, layer.version(), features);
	}

	/** The layer's grids as a version left them, the current one or an earlier kept one, as a FeatureCollection. */
	public Map<String, Object> exportVersion(String layerCode, long version) {
		GridLayer layer = layers.get(layerCode);
		List<Object> features = new ArrayList<>();
		history.grids(layerCode, version).forEach(grid -> features.add(feature(layer, grid)));
		return collection(layer, version, features);
	}

	private static Map<String, Object> collection(GridLayer layer, long version, List<Object> features) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("layer", layer.code());
		collection.put("version", version);
		collection.put("generated", layer.generated());
		collection.put("features", features);
		return collection;
	}

	private static Set<String> subtree(List<StoredGrid> all, String rootCode) {
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
		Set<String> included = new HashSet<>();
		List<String> pending = new ArrayList<>(List.of(rootCode));
		while (!pending.isEmpty()) {
			String code = pending.remove(pending.size() - 1);
			if (included.add(code)) {
				pending.addAll(children.getOrDefault(code, List.of()));
			}
		}
		return included;
	}

	private static Map<String, Object> feature(GridLayer layer, StoredGrid grid) {
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
		feature.put("geometry", GeoJson.write(grid.geometry()));
		return feature;
	}
}
