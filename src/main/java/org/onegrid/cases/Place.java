package org.onegrid.cases;

import java.util.List;

import org.onegrid.grid.Location;

/**
 * Where a report lies: its point in WGS 84 and its trail of grids in every layer that covers it.
 *
 * @param primaryLayer the layer whose trail decides responsibility and escalation
 * @param member the member of a primary-layer grid the point lies on (a road section, a unit), or null
 * @param located where the grid module located the point, for {@link Places#confirm}; null when the place was
 * worked out inside a boundary change
 */
record Place(double lon, double lat, List<GridTrail> trails, String primaryLayer, CaseMember member,
		Location located) {
}
