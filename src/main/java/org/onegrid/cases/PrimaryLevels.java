package org.onegrid.cases;

import java.util.List;

import org.onegrid.api.Violation;
import org.onegrid.grid.GridLayers;

/**
 * The level names of the primary layer, whose grids people serve and tiers climb, and a level as a rule names it
 * (by its name or its number from 0) checked against them.
 */
final class PrimaryLevels {

	private final String layer;

	private final List<String> names;

	PrimaryLevels(GridLayers layers, CasesProperties properties) {
		this.layer = properties.primaryLayer();
		this.names = layers.exists(layer) ? layers.get(layer).levelNames() : List.of();
	}

	/** The level's name; an {@code UNKNOWN_LEVEL} violation of {@code field} when the layer has no such level. */
	String name(String level, String field, List<Violation> violations) {
		int index = names.indexOf(level);
		if (index < 0 && level.matches("\\d{1,2}") && Integer.parseInt(level) < names.size()) {
			index = Integer.parseInt(level);
		}
		if (index < 0) {
			violations.add(new Violation(field, "UNKNOWN_LEVEL", "层级 '" + level + "' 不存在 / Level '" + level
					+ "' is none of the primary layer '" + layer + "' levels " + names
					+ " (by name, or by number from 0)"));
			return level;
		}
		return names.get(index);
	}
}
