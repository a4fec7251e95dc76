package org.onegrid.people;

import java.util.List;

/**
 * Which grids of a layer lack part of the team their template asks for.
 *
 * @param root the subtree checked, {@code null} for the whole layer
 * @param checked how many grids the template applies to in that subtree
 * @param complete how many of them have a complete team
 * @param incomplete the others, each with what is missing
 */
public record CompletenessReport(String layerCode, String template, String levelName, String root, int checked,
		int complete, List<IncompleteGrid> incomplete) {

	/** A grid and its shortfalls. */
	public record IncompleteGrid(String gridCode, String gridName, List<Shortfall> missing) {
	}

	/** A template slot not filled: {@code present} of {@code required} people in the role (and department). */
	public record Shortfall(String role, String department, int required, int present) {
	}
}
