package org.onegrid.grid.internal;

import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Repairs a district's polygon rather than refusing it: an invalid polygon is rebuilt by JTS's
 * {@link GeometryFixer}, which keeps every area the rings enclose (both lobes of a bow-tie, the hole of a keyhole),
 * and the rings of the result are turned to the GeoJSON orientation, outer ring counter-clockwise and holes clockwise.
 */
final class PolygonRepair {

	private PolygonRepair() {
	}

	/** The valid polygonal geometry {@code invalid} stands for, or null when it encloses no area at all. */
	static Geometry fix(Geometry invalid) {
		Geometry fixed = GeometryFixer.fix(invalid);
		List<?> extracted = PolygonExtracter.getPolygons(fixed);
		List<Polygon> polygons = extracted.stream()
			.map(Polygon.class::cast)
			.filter(polygon -> !polygon.isEmpty())
			.toList();
		if (polygons.isEmpty()) {
			return null;
		}
		Geometry polygonal = polygons.size() == 1 ? polygons.get(0)
				: invalid.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
		return oriented(polygonal);
	}

	/** Whether every outer ring runs counter-clockwise and every hole clockwise, as GeoJSON asks. */
	static boolean isOriented(Geometry polygonal) {
		for (int i = 0; i < polygonal.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) polygonal.getGeometryN(i);
			if (!Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence())) {
				return false;
			}
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				if (Orientation.isCCW(polygon.getInteriorRingN(h).getCoordinateSequence())) {
					return false;
				}
			}
		}
		return true;
	}

	/** The same polygons with their rings turned to the GeoJSON orientation. */
	static Geometry oriented(Geometry polygonal) {
		Polygon[] polygons = new Polygon[polygonal.getNumGeometries()];
		for (int i = 0; i < polygons.length; i++) {
			Polygon polygon = (Polygon) polygonal.getGeometryN(i);
			LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
			for (int h = 0; h < holes.length; h++) {
				holes[h] = turned(polygon.getInteriorRingN(h), false);
			}
			polygons[i] = polygonal.getFactory().createPolygon(turned(polygon.getExteriorRing(), true), holes);
		}
		return polygonal instanceof Polygon ? polygons[0] : polygonal.getFactory().createMultiPolygon(polygons);
	}

	private static LinearRing turned(LinearRing ring, boolean counterClockwise) {
		boolean ccw = Orientation.isCCW(ring.getCoordinateSequence());
		return ccw == counterClockwise ? ring : ring.reverse();
	}
}
