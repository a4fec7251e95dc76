package org.onegrid.grid;

/**
 * One thing outside the grids that named a grid of a replaced layer version, and what following the grid's territory
 * did (or, in a dry run, would do) to it.
 *
 * @param subject what kind of thing it is, such as {@code team-member}, {@code unit} or {@code responsibility-rule}
 * @param id its identity within its kind
 * @param label how a person recognises it
 * @param from the grid it named
 * @param to the grid it names now (for an open case, the grid that holds it now), or null when nothing succeeds
 * the grid
 * @param outcome {@code MOVED} to the successor, {@code DROPPED} because nothing succeeds the grid (or the successor
 * already had its own), {@code STAYS} where it is and is listed for a person to check
 */
public record LayerMove(String subject, String id, String label, String from, String to, Outcome outcome) {

	/** What following the grid did to the thing. */
	public enum Outcome {
		MOVED, DROPPED, STAYS
	}
}
