package org.onegrid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import tools.jackson.databind.JsonNode;

/**
 * Reads any shape a thing on the ground may have (a point such as a shop's door, a line such as a road section, an
 * area such as a unit's compound) and measures how far a point lies from it in metres.
 * <p>
 * Distances are in metres on the WGS-84 ellipsoid, measured in a local plane centred on the point (meridian and
 * prime-vertical radii of curvature at its latitude). Within the few kilometres that matter for field work the error
 * is far below GPS accuracy.
 */
public final class GeoShapes {

	private GeoShapes() {
	}

	/** Reads a Point, LineString, MultiLineString, Polygon or MultiPolygon given in {@code crs}, as WGS-84. */
	public static Geometry read(JsonNode node, Crs crs) {
		JsonNode coordinates = GeoJson.coordinates(node);
		return switch (node.path("type").asString("")) {
			case "Point" -> GeoJson.FACTORY.createPoint(GeoJson.position(coordinates, crs));
			case "LineString" -> line(coordinates, crs);
			case "MultiLineString" -> {
				if (coordinates.isEmpty()) {
					throw new GeoJsonException("MALFORMED_COORDINATES", "The MultiLineString has no lines");
				}
				LineString[] lines = new LineString[coordinates.size()];
				for (int i = 0; i < lines.length; i++) {
					lines[i] = line(coordinates.get(i), crs);
				}
				yield GeoJson.FACTORY.createMultiLineString(lines);
			}
			case "Polygon", "MultiPolygon" -> GeoJson.readArea(node, crs);
			default -> throw new GeoJsonException("UNSUPPORTED_GEOMETRY_TYPE", "Geometry type '"
					+ node.path("type").asString("") + "' is not a Point, LineString, MultiLineString, Polygon or "
					+ "MultiPolygon");
		};
	}

	private static LineString line(JsonNode positions, Crs crs) {
		if (positions == null || !positions.isArray() || positions.size() < 2) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "A line needs at least 2 positions");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = GeoJson.position(positions.get(i), crs);
		}
		return GeoJson.FACTORY.createLineString(coordinates);
	}

	/** How many metres the WGS-84 point {@code (lon, lat)} lies from {@code shape}: 0 inside an area. */
	public static double metres(Geometry shape, double lon, double lat) {
		Geometry local = shape.copy();
		local.apply(new LocalPlane(lon, lat));
		return local.distance(GeoJson.FACTORY.createPoint(new Coordinate(0, 0)));
	}

	/** Degrees of longitude and latitude that {@code metres} span at latitude {@code lat}, to widen a search box. */
	public static double[] degrees(double metres, double lat) {
		LocalPlane plane = new LocalPlane(0, lat);
		return new double[] { metres / Math.max(1, plane.metresPerDegreeLon), metres / plane.metresPerDegreeLat };
	}

	/**
	 * Moves lon/lat coordinates to metres east and north of an origin, with the meridian and prime-vertical radii of
	 * curvature of the WGS-84 ellipsoid at the origin's latitude.
	 */
	private static final class LocalPlane implements CoordinateSequenceFilter {

		private static final double A = 6_378_137.0;

		private static final double E2 = 0.00669437999014;

		private final double lon0;

		private final double lat0;

		private final double metresPerDegreeLon;

		private final double metresPerDegreeLat;

		LocalPlane(double lon0, double lat0) {
			double sin = Math.sin(Math.toRadians(lat0));
			double w = Math.sqrt(1 - E2 * sin * sin);
			this.lon0 = lon0;
			this.lat0 = lat0;
			this.metresPerDegreeLon = Math.toRadians(1) * A / w * Math.cos(Math.toRadians(lat0));
			this.metresPerDegreeLat = Math.toRadians(1) * A * (1 - E2) / (w * w * w);
		}

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, 0, (sequence.getX(i) - lon0) * metresPerDegreeLon);
			sequence.setOrdinate(i, 1, (sequence.getY(i) - lat0) * metresPerDegreeLat);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
