package org.onegrid.api;

/**
 * The data an endpoint may reach, checked against the caller's data scope (their grids, units and department, or
 * everything).
 */
public enum AccessScope {

	/** Data the whole district shares, such as the catalogue, the calendar or the caller's own session. */
	DISTRICT,

	/** The caller's own records only (their account, tokens, notifications); the owning module filters by caller. */
	OWN,

	/**
	 * Many objects, each checked against the caller's scope by the module that owns them: every case read, step and
	 * search, every register look-up.
	 */
	FILTERED,

	/** One person, who must be the caller or serve within the caller's grids, units or department. */
	PERSON,

	/** One organisational unit, which must lie within the caller's units. */
	UNIT,

	/**
	 * One grid and what lies below it, which must lie within the caller's grids or units; without a grid, the whole
	 * layer, which only a caller who sees everything may reach.
	 */
	GRID
}
