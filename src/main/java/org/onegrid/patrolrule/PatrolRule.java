package org.onegrid.patrolrule;

/**
 * A patrol minimum: each grid worker (a person serving at least one grid's team) posted at {@code unitCode} or a
 * unit below it, and holding {@code role} when one is given, patrols their grids on at least
 * {@code minimumDaysPerWeek} days of every ISO week.
 *
 * @param role when {@code null}, every grid worker of the unit counts
 * @param note where the minimum comes from, such as the plan's words; may be {@code null}
 */
public record PatrolRule(String code, String unitCode, String role, int minimumDaysPerWeek, String note) {
}
