package org.onegrid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the ground, in square metres, of a lon/lat geometry.
 * <p>
 * Uses the spherical excess of each ring on a sphere of the mean Earth radius (6,371,008.8 m). Against the WGS-84
 * ellipsoid this is within about 0.3% at the latitudes of China and New York, plenty for gap and overlap reports.
 */
public final class GroundArea {

	private static final double EARTH_RADIUS = 6_371_008.8;

	private GroundArea() {
	}

	public static double squareMetres(Geometry geometry) {
		double total = 0;
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon) {
				total += Math.abs(ring(polygon.getExteriorRing()));
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					total -= Math.abs(ring(polygon.getInteriorRingN(h)));
				}
			}
			else if (geometry.getGeometryN(i) != geometry) {
				total += squareMetres(geometry.getGeometryN(i));
			}
		}
		return total;
	}

	private static double ring(LineString ring) {
		Coordinate[] c = ring.getCoordinates();
		int n = c.length;
		if (n < 4) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < n - 1; i++) {
			Coordinate previous = c[i == 0 ? n - 2 : i - 1];
			Coordinate next = c[i + 1];
			sum += (Math.toRadians(next.x) - Math.toRadians(previous.x)) * Math.sin(Math.toRadians(c[i].y));
		}
		return sum * EARTH_RADIUS * EARTH_RADIUS / 2.0;
	}
}
