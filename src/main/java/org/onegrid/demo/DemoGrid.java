package org.onegrid.demo;

import org.locationtech.jts.geom.Geometry;

/**
 * One grid of a demo layer before it is written as a GeoJSON feature.
 *
 * @param parent the parent grid's code, {@code null} for the root
 * @param level the level name, one of the layer's level names
 * @param geometry a valid, non-empty Polygon or MultiPolygon in WGS-84 lon/lat
 * @param generated {@code false} only for real surveyed geometry (the district outline)
 */
record DemoGrid(String code, String name, String parent, String level, Geometry geometry, boolean generated) {

	/**
	 * The top two levels both demo layers share: the district with its real outline, and one grid per town or
	 * street covering that street, named with {@code streetSuffix}.
	 */
	static java.util.List<DemoGrid> districtAndStreets(AdcodeTable table, Geometry outline, CommunityCells cells,
			java.util.List<String> levels, String streetSuffix) {
		AdminUnit county = table.county();
		java.util.List<DemoGrid> grids = new java.util.ArrayList<>();
		grids.add(new DemoGrid(county.code(), county.name(), null, levels.get(0), outline, false));
		for (AdminUnit town : table.towns()) {
			grids.add(new DemoGrid(town.code(), town.name() + streetSuffix, county.code(), levels.get(1),
					cells.streets.get(town.code()), true));
		}
		return grids;
	}
}
