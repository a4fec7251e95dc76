package org.onegrid.people;

import java.util.List;

/**
 * What a complete team of a layer's grids looks like, for example the 丽水 city-management grid plan's 1+1+1+5+X: one
 * grid chief, one instructor, one full-time worker, five specialist workers from named departments and any number of
 * optional ones. A layer has at most one template per level, so it can ask for a team at two levels, such as a station
 * head at each village above the teams of its grids.
 *
 * @param levelName the level whose grids need such a team; {@code null} for the layer's leaf grids whose level has no
 *        template of its own
 * @param slots the roles required, each at least {@code count} times
 */
public record TeamTemplate(String layerCode, String name, String levelName, List<Slot> slots) {

	public TeamTemplate {
		slots = slots == null ? null : List.copyOf(slots);
	}

	/**
	 * One requirement: {@code count} people in {@code role}, from {@code department} when given. A count of 0 marks
	 * an optional role (the X).
	 */
	public record Slot(String role, String department, Integer count) {
	}
}
