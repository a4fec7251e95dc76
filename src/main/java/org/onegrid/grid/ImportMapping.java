package org.onegrid.grid;

import org.onegrid.geo.Crs;

/**
 * Which GeoJSON feature properties hold what, and how strict an import is.
 *
 * @param codeProperty property holding the grid code
 * @param nameProperty property holding the grid name
 * @param parentProperty property holding the parent's code; absent or empty for roots
 * @param levelProperty property holding the level, by name (社区) or by index from 0; when the feature has none,
 * the level is one below its parent's (roots 0)
 * @param crs the coordinate system of the file; stored geometry is always WGS-84
 * @param outsideTolerance the share of a child's area that may lie outside its parent (0.005 = 0.5%)
 * @param geometry whether invalid polygons are refused (the default) or repaired
 */
public record ImportMapping(String codeProperty, String nameProperty, String parentProperty, String levelProperty,
		Crs crs, double outsideTolerance, GeometryMode geometry) {

	public static final ImportMapping DEFAULT = new ImportMapping("code", "name", "parent", "level", Crs.WGS84, 0.005,
			GeometryMode.STRICT);

	public ImportMapping {
		codeProperty = orDefault(codeProperty, "code");
		nameProperty = orDefault(nameProperty, "name");
		parentProperty = orDefault(parentProperty, "parent");
		levelProperty = orDefault(levelProperty, "level");
		crs = crs == null ? Crs.WGS84 : crs;
		geometry = geometry == null ? GeometryMode.STRICT : geometry;
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
