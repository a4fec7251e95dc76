package org.onegrid.meeting;

import java.time.LocalTime;
import java.util.List;

/**
 * A standing meeting, held either by one unit or by every grid of one level of a layer ({@code grid}, such as each
 * 网格 of the city-management layer holding its 网格工作例会): on the {@code workingDay}-th working day of each week
 * or month ({@code cadence}), at {@code at} in the district's time, for {@code lengthMinutes}, the meeting is called
 * with an agenda of the open cases in the unit's area, or in the grid, that meet one of the {@code agenda} reasons.
 * Only people in one of {@code callerRoles} may call it at other times (临时召集); for a grid's meeting they must
 * also serve that grid in that role.
 *
 * @param unitCode the unit holding it; {@code null} for a grid level's meeting
 * @param grid the layer and level whose every grid holds it; {@code null} for a unit's meeting
 * @param kind {@code CONSULTATION}, {@code ROUTINE} or {@code JOINT}
 * @param cadence {@code WEEKLY} or {@code MONTHLY}
 * @param workingDay 1 for the first working day of the week or month (月初), 1 by default
 * @param lengthMinutes 60 by default
 * @param agenda the {@link AgendaReason}s the meeting takes up; all of them by default
 */
public record MeetingRule(String code, String unitCode, GridLevel grid, String kind, String name, String cadence,
		Integer workingDay, LocalTime at, Integer lengthMinutes, List<String> callerRoles, List<String> agenda) {

	/** The grids that hold a meeting: every grid of the level (by its name) of the layer. */
	public record GridLevel(String layer, String level) {
	}
}
