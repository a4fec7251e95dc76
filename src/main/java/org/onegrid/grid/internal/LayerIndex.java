package org.onegrid.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.onegrid.grid.GridLayer;
import org.onegrid.grid.Location.GridRef;

/**
 * One layer's grids ready for point location: a {@link PolygonIndex} over all of them, ranking deeper levels first,
 * and each grid's parent so that the path to the root costs no lookups.
 */
public final class LayerIndex {

	private final GridLayer layer;

	private final GridRef[] refs;

	private final int[] parent;

	private final PolygonIndex index;

	private LayerIndex(GridLayer layer, GridRef[] refs, int[] parent, PolygonIndex index) {
		this.layer = layer;
		this.refs = refs;
		this.parent = parent;
		this.index = index;
	}

	public static LayerIndex build(GridLayer layer, List<StoredGrid> grids) {
		int n = grids.size();
		GridRef[] refs = new GridRef[n];
		int[] priority = new int[n];
		List<Geometry> areas = new ArrayList<>(n);
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < n; i++) {
			StoredGrid grid = grids.get(i);
			refs[i] = new GridRef(grid.code(), grid.name(), grid.level(), layer.levelName(grid.level()));
			priority[i] = grid.level();
			areas.add(grid.geometry());
			position.put(grid.code(), i);
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			String parentCode = grids.get(i).parentCode();
			parent[i] = parentCode == null ? -1 : position.getOrDefault(parentCode, -1);
		}
		return new LayerIndex(layer, refs, parent, PolygonIndex.build(areas, priority));
	}

	public GridLayer layer() {
		return layer;
	}

	/** The deepest grid covering the point and its ancestors, leaf first; empty when no grid covers it. */
	public List<GridRef> pathAt(double lon, double lat) {
		int found = index.locate(lon, lat);
		if (found < 0) {
			return List.of();
		}
		List<GridRef> path = new ArrayList<>(4);
		for (int i = found; i >= 0 && path.size() <= refs.length; i = parent[i]) {
			path.add(refs[i]);
		}
		return path;
	}
}
