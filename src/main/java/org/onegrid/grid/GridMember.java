package org.onegrid.grid;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.locationtech.jts.geom.Geometry;

/**
 * A part of a grid's territory that is not a grid itself: a unit's compound, a residents' committee, a road section
 * drawn as a line, a shop. It belongs to one grid of a layer and names the person who answers for it. A case reported
 * on a {@code coordinated} member is a matter for the member's grid as a whole, which coordinates the committees and
 * departments it spans, so it is handled no lower than that grid.
 *
 * @param layer the layer of the grid it belongs to
 * @param code its code, unique within the layer
 * @param grid the code of the grid it belongs to
 * @param kind what it is, in the district's own words (for example {@code road-section}, {@code unit})
 * @param name how people call it
 * @param contact who answers for it (a 店面长, a unit's 负责同志), if anyone is named
 * @param coordinated whether its cases are handled no lower than its grid
 * @param reachMetres how far from a point or line a report still lies on the member; 0 for an area
 * @param shape where it lies, in WGS-84
 */
public record GridMember(String layer, String code, String grid, String kind, String name, String contact,
		boolean coordinated, int reachMetres, @JsonIgnore Geometry shape) {
}
