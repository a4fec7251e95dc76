package org.onegrid.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a case lies in one grid layer: its grids from the leaf up to the root, each with its level's name when known.
 *
 * @param layerCode the layer, or {@code null} to match rules of any layer
 * @param steps leaf first
 */
public record GridPath(String layerCode, List<Step> steps) {

	public GridPath {
		steps = List.copyOf(steps);
	}

	/** No location known: only whole-layer rules of any layer, the default department, or nothing. */
	public static GridPath none() {
		return new GridPath(null, List.of());
	}

	/** A path from codes (leaf first) and, optionally, the level names in the same order. */
	public static GridPath of(String layerCode, List<String> codes, List<String> levelNames) {
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			steps.add(new Step(codes.get(i), levelNames != null && i < levelNames.size() ? levelNames.get(i) : null));
		}
		return new GridPath(layerCode, steps);
	}

	/** How far the grid is from the leaf (0 for the leaf), or -1 when it is not on the path. */
	public int distanceOf(String gridCode) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).code().equals(gridCode)) {
				return i;
			}
		}
		return -1;
	}

	/** One grid on the path. */
	public record Step(String code, String levelName) {
	}
}
