package org.onegrid.grid.internal;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads a feature's level: a level name of the layer, or an index from 0; a missing level means
 * {@code fallback} (one below the parent).
 */
final class LevelParser {

	private LevelParser() {
	}

	/** The level index, or null when the value names no level of the layer. */
	static Integer parse(JsonNode value, List<String> levelNames, int fallback) {
		if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
			return fallback < levelNames.size() ? fallback : null;
		}
		if (value.isIntegralNumber()) {
			int index = value.asInt();
			return index >= 0 && index < levelNames.size() ? index : null;
		}
		if (value.isString()) {
			int index = levelNames.indexOf(value.asString().trim());
			return index >= 0 ? index : null;
		}
		return null;
	}
}
