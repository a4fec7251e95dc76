package org.onegrid.grid;

import java.time.Instant;
import java.util.List;

/**
 * A grid layer as stored: one grid system of the district, with its level names and code rule.
 *
 * @param version changes whenever the layer's grids change; instances compare it to know their index is stale
 * @param generated whether the geometry was generated (demo data) rather than surveyed
 */
public record GridLayer(String code, String name, String kind, List<String> levelNames, CodeRule codeRule,
		int sequenceDigits, boolean generated, String source, long version, int gridCount, Instant updatedAt) {

	/** The display name of a level index, or the index itself when the layer has fewer names. */
	public String levelName(int level) {
		return level >= 0 && level < levelNames.size() ? levelNames.get(level) : String.valueOf(level);
	}
}
