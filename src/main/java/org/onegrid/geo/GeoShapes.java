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
 * Distances are taken on a plane tangent at the point, which is exact to well under a metre over the few hundred
 * metres a street's members span.
 */
public final class GeoShapes {

	private static final double METRES_PER_DEGREE_LAT = 110_574;

	private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

	private GeoShapes() {
	}

	/** Reads a Point, LineString, MultiLineString, Polygon or MultiPolygon given in {@code crs}, as WGS-84. */
	public static Geometry read(JsonNode node, Crs crs) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			throw new GeoJsonException("MISSING_GEOMETRY", "The feature has no geometry");
		}
		String type = node.path("type").asString("");
		JsonNode coordinates = node.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "The geometry has no coordinates array");
		}
		return switch (type) {
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
			default -> throw new GeoJsonException("UNSUPPORTED_GEOMETRY_TYPE", "Geometry type '" + type
					+ "' is not a Point, LineString, MultiLineString, Polygon or MultiPolygon");
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
		double perLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat));
		Geometry local = shape.copy();
		local.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				seq.setOrdinate(i, 0, (seq.getX(i) - lon) * perLon);
				seq.setOrdinate(i, 1, (seq.getY(i) - lat) * METRES_PER_DEGREE_LAT);
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return local.distance(GeoJson.FACTORY.createPoint(new Coordinate(0, 0)));
	}

	/** Degrees of longitude and latitude that {@code metres} span at latitude {@code lat}, to widen a search box. */
	public static double[] degrees(double metres, double lat) {
		double perLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.max(0.01, Math.cos(Math.toRadians(lat)));
		return new double[] { metres / perLon, metres / METRES_PER_DEGREE_LAT };
	}
}
