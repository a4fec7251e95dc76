package org.onegrid.people;

/**
 * Which data a role sees: the grids its holder serves, the cases dispatched to the holder's department, the
 * holder's unit and everything below it, or everything.
 */
public enum ScopeKind {
	GRID, DEPARTMENT, UNIT, ALL
}
