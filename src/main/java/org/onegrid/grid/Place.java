package org.onegrid.grid;

import java.util.List;

/**
 * A named place of the district's own gazetteer: a grid, or a member of one (a unit's compound, a residents'
 * committee, a road section). An installation that runs offline has no street-address geocoder, so an operator finds
 * where a caller is by the names the district itself gave its territory, and gets a point inside the place to put the
 * case on.
 *
 * @param kind whether it is a grid or a member of one
 * @param layer the code of its layer
 * @param layerName the name of its layer
 * @param code its code within the layer
 * @param name how people call it
 * @param memberKind what kind of member it is, in the district's words; null for a grid
 * @param grid the grid it is, or the grid a member belongs to
 * @param within the names of the grids around it, the nearest first, up to the layer's root, so that two places of the
 * same name (every community has its 第一网格) can be told apart
 * @param lon the longitude of a point inside it (on it, for a line), WGS-84
 * @param lat the latitude of that point
 */
public record Place(Kind kind, String layer, String layerName, String code, String name, String memberKind,
		String grid, List<String> within, double lon, double lat) {

	/** What a place is. */
	public enum Kind {
		GRID, MEMBER
	}
}
