package org.onegrid.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.ApiProblem;
import org.onegrid.grid.internal.Grids;
import org.springframework.stereotype.Service;

/**
 * A layer's grids as a hierarchy for other modules: the subtree under a grid, and each grid's parent, without
 * geometry. Teams, patrol coverage and positions use it to answer "this street and everything below it".
 */
@Service
public class GridHierarchy {

	private final GridLayers layers;

	private final Grids grids;

	GridHierarchy(GridLayers layers, Grids grids) {
		this.layers = layers;
		this.grids = grids;
	}

	/**
	 * The grid {@code rootCode} and all its descendants, parents before children; the whole layer when
	 * {@code rootCode} is {@code null}.
	 * @throws ApiProblem 404 when the layer, or the root grid in it, does not exist
	 */
	public List<GridSummary> subtree(String layerCode, String rootCode) {
		List<GridSummary> all = layers.grids(layerCode, null, null);
		if (rootCode == null) {
			return all;
		}
		Map<String, List<GridSummary>> children = new HashMap<>();
		GridSummary root = null;
		for (GridSummary grid : all) {
			if (grid.code().equals(rootCode)) {
				root = grid;
			}
			if (grid.parentCode() != null) {
				children.computeIfAbsent(grid.parentCode(), k -> new ArrayList<>()).add(grid);
			}
		}
		if (root == null) {
			throw ApiProblem.notFound("Grid", layerCode + "/" + rootCode);
		}
		List<GridSummary> result = new ArrayList<>();
		result.add(root);
		for (int i = 0; i < result.size(); i++) {
			result.addAll(children.getOrDefault(result.get(i).code(), List.of()));
		}
		return result;
	}

	/** The grid and its ancestors up to the layer's root, the grid first; empty when the grid does not exist. */
	public List<String> path(String layerCode, String gridCode) {
		return grids.path(layerCode, gridCode);
	}

	/** Each grid's parent code ({@code null} for roots), by grid code. */
	public Map<String, String> parents(String layerCode) {
		Map<String, String> parents = new HashMap<>();
		layers.grids(layerCode, null, null).forEach(grid -> parents.put(grid.code(), grid.parentCode()));
		return parents;
	}
}
