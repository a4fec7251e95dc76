package org.onegrid.cases;

import java.util.List;

import org.onegrid.grid.Location;

/**
 * A snapshot of where a case lies in one grid layer, leaf first, taken at intake and moved only with an open case
 * (after a boundary change, or when a person corrects its point), so that later boundary changes do not move closed
 * cases.
 */
public record GridTrail(String layer, List<Step> grids) {

	public GridTrail {
		grids = List.copyOf(grids);
	}

	/** The trail of a located path through a layer's grids. */
	static GridTrail of(Location.LayerPath path) {
		return new GridTrail(path.layer(), path.path().stream()
			.map(ref -> new Step(ref.code(), ref.name(), ref.level(), ref.levelName()))
			.toList());
	}

	/** The position of {@code code} on the trail (0 for the leaf), or -1. */
	public int indexOf(String code) {
		for (int i = 0; i < grids.size(); i++) {
			if (grids.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/** One grid of the trail. */
	public record Step(String code, String name, int level, String levelName) {
	}
}
