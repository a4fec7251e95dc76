package org.onegrid.grid;

import java.time.Instant;
import java.util.List;

import org.onegrid.api.ApiProblem;

/**
 * A grid layer as stored: one grid system of the district, with its level names and code rule.
 *
 * @param version changes whenever the layer's grids change; instances compare it to know their index is stale
 * @param generated whether the geometry was generated (demo data) rather than surveyed
 */
public record GridLayer(String code, String name, String kind, List<String> levelNames, CodeRule codeRule,
		int sequenceDigits, boolean generated, String source, long version, int gridCount, Instant updatedAt) {

	/**
	 * The level a caller names, by its name ({@code 社区}) or its number ({@code 3}), the same way in every call that
	 * takes a level; a 400 naming {@code field} when the layer has no such level.
	 */
	public int levelOf(String level, String field) {
		String text = level.strip();
		int index = levelNames.indexOf(text);
		if (index < 0 && text.matches("\\d{1,2}")) {
			index = Integer.parseInt(text);
		}
		if (index < 0 || index >= levelNames.size()) {
			throw ApiProblem.invalidField(field, "UNKNOWN_LEVEL", "层级 '" + level + "' 不存在 / Level '" + level
					+ "' is none of this layer's levels " + levelNames + " (by name, or by number from 0)");
		}
		return index;
	}

	/** The display name of a level index, or the index itself when the layer has fewer names. */
	public String levelName(int level) {
		return level >= 0 && level < levelNames.size() ? levelNames.get(level) : String.valueOf(level);
	}
}
