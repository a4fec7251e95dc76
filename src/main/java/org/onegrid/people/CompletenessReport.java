package org.onegrid.people;

import java.util.List;

/**
 * Which grids of a layer lack part of the team their template asks for, each grid measured against the template of
 * its own level.
 *
 * @param template the template's name when one template was checked, {@code null} when several were
 * @param levelName that template's level ({@code null} also for a template of the leaf grids)
 * @param root the subtree checked, {@code null} for the whole layer
 * @param checked how many grids a template applies to in that subtree
 * @param complete how many of them have a complete team
 * @param incomplete the others, each with what is missing
 * @param levels the same counts for each template checked
 */
public record CompletenessReport(String layerCode, String template, String levelName, String root, int checked,
		int complete, List<IncompleteGrid> incomplete, List<LevelCount> levels) {

	/** A grid, the level and template it answers to, and its shortfalls. */
	public record IncompleteGrid(String gridCode, String gridName, String levelName, String template,
			List<Shortfall> missing) {
	}

	/** A template slot not filled: {@code present} of {@code required} people in the role (and department). */
	public record Shortfall(String role, String department, int required, int present) {
	}

	/** How many grids answer to one template and how many of them have a complete team. */
	public record LevelCount(String template, String levelName, int checked, int complete) {
	}
}
