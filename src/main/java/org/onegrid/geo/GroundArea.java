package org.onegrid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the ground, in square metres, of a lon/lat geometry.
 * <p>
 * Sums each ring's trapezoids in Lambert's cylindrical equal-area projection of the WGS-84 ellipsoid (authalic
 * latitude on the authalic sphere), so the area is the ellipsoid's own; the only approximation is that edges are
 * taken straight in that projection, which for grid-sized polygons is far below a square metre per hectare.
 */
public final class GroundArea {

	private static final double A = 6_378_137.0;

	private static final double E2 = 0.00669437999014;

	private static final double E = Math.sqrt(E2);

	private static final double Q_POLE = q(1.0);

	/** Square of the authalic radius, about 6,371,007.2 m. */
	private static final double AUTHALIC_R2 = A * A * Q_POLE / 2;

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
			sum += (Math.toRadians(next.x) - Math.toRadians(previous.x)) * sinAuthalic(c[i].y);
		}
		return sum * AUTHALIC_R2 / 2.0;
	}

	/**
	 * The length in metres of all rings (or lines) of a lon/lat geometry, each edge measured on a local
	 * equirectangular plane: exact enough for edges of grid size, and used to tell slivers from real areas.
	 */
	public static double perimeterMetres(Geometry geometry) {
		double total = 0;
		for (Coordinate[] line : lines(geometry)) {
			for (int i = 1; i < line.length; i++) {
				double meanLat = Math.toRadians((line[i].y + line[i - 1].y) / 2);
				double dx = Math.toRadians(line[i].x - line[i - 1].x) * Math.cos(meanLat) * A;
				double dy = Math.toRadians(line[i].y - line[i - 1].y) * A;
				total += Math.hypot(dx, dy);
			}
		}
		return total;
	}

	private static java.util.List<Coordinate[]> lines(Geometry geometry) {
		java.util.List<Coordinate[]> lines = new java.util.ArrayList<>();
		geometry.apply((org.locationtech.jts.geom.GeometryComponentFilter) component -> {
			if (component instanceof LineString line) {
				lines.add(line.getCoordinates());
			}
		});
		return lines;
	}

	private static double sinAuthalic(double latitude) {
		return q(Math.sin(Math.toRadians(latitude))) / Q_POLE;
	}

	private static double q(double sinLat) {
		double es = E * sinLat;
		return (1 - E2) * (sinLat / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
	}
}
