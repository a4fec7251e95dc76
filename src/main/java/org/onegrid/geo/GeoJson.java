package org.onegrid.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

/**
 * Reads GeoJSON geometries into JTS and writes them back, always in WGS-84 lon/lat.
 * <p>
 * Reading checks what JTS itself would accept silently: coordinates must be finite numbers within ±180 / ±90
 * (checked in the source system), rings closed with at least four positions. Geometric validity (self-intersection
 * and the like) is left to the caller, who knows how to report it.
 */
public final class GeoJson {

	/** The one geometry factory of OneGrid: floating precision, SRID 4326. */
	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJson() {
	}

	/** Reads a Polygon or MultiPolygon given in {@code crs}, converting it to WGS-84. */
	public static Geometry readArea(JsonNode node, Crs crs) {
		JsonNode coordinates = coordinates(node);
		String type = node.path("type").asString("");
		return switch (type) {
			case "Polygon" -> polygon(coordinates, crs);
			case "MultiPolygon" -> {
				Polygon[] parts = new Polygon[coordinates.size()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = polygon(coordinates.get(i), crs);
				}
				if (parts.length == 0) {
					throw new GeoJsonException("MALFORMED_COORDINATES", "The MultiPolygon has no polygons");
				}
				yield FACTORY.createMultiPolygon(parts);
			}
			default -> throw new GeoJsonException("UNSUPPORTED_GEOMETRY_TYPE",
					"Geometry type '" + type + "' is not a Polygon or MultiPolygon");
		};
	}

	/** The geometry's coordinates array; refuses a missing geometry or one without coordinates. */
	static JsonNode coordinates(JsonNode geometry) {
		if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
			throw new GeoJsonException("MISSING_GEOMETRY", "The feature has no geometry");
		}
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "The geometry has no coordinates array");
		}
		return coordinates;
	}

	private static Polygon polygon(JsonNode rings, Crs crs) {
		if (rings == null || !rings.isArray() || rings.isEmpty()) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "A polygon needs at least one ring");
		}
		LinearRing shell = ring(rings.get(0), crs);
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), crs);
		}
		return FACTORY.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, Crs crs) {
		if (positions == null || !positions.isArray()) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "A ring must be an array of positions");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = position(positions.get(i), crs);
		}
		if (coordinates.length < 4) {
			throw new GeoJsonException("INVALID_GEOMETRY", "A ring needs at least 4 positions, found "
					+ coordinates.length);
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new GeoJsonException("INVALID_GEOMETRY", "A ring is not closed: its first and last positions differ");
		}
		return FACTORY.createLinearRing(coordinates);
	}

	static Coordinate position(JsonNode position, Crs crs) {
		if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new GeoJsonException("MALFORMED_COORDINATES", "A position must be [lon, lat]: " + position);
		}
		double lon = position.get(0).asDouble();
		double lat = position.get(1).asDouble();
		if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			throw new GeoJsonException("COORDINATE_OUT_OF_RANGE",
					"Position [" + lon + ", " + lat + "] is outside lon ±180 / lat ±90");
		}
		double[] wgs = crs.toWgs84(lon, lat);
		return new Coordinate(wgs[0], wgs[1]);
	}

	/** Writes a geometry as a GeoJSON geometry object, ready for JSON serialization. */
	public static Map<String, Object> write(Geometry geometry) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (geometry instanceof Point point) {
			json.put("type", "Point");
			json.put("coordinates", position(point.getCoordinate()));
		}
		else if (geometry instanceof Polygon polygon) {
			json.put("type", "Polygon");
			json.put("coordinates", rings(polygon));
		}
		else if (geometry instanceof MultiPolygon multi) {
			json.put("type", "MultiPolygon");
			List<Object> polygons = new ArrayList<>();
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) multi.getGeometryN(i)));
			}
			json.put("coordinates", polygons);
		}
		else if (geometry instanceof LineString line) {
			json.put("type", "LineString");
			json.put("coordinates", positions(line));
		}
		else if (geometry instanceof MultiLineString lines) {
			json.put("type", "MultiLineString");
			List<Object> parts = new ArrayList<>();
			for (int i = 0; i < lines.getNumGeometries(); i++) {
				parts.add(positions((LineString) lines.getGeometryN(i)));
			}
			json.put("coordinates", parts);
		}
		else {
			json.put("type", "GeometryCollection");
			List<Object> parts = new ArrayList<>();
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				parts.add(write(geometry.getGeometryN(i)));
			}
			json.put("geometries", parts);
		}
		return json;
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>();
		rings.add(positions(polygon.getExteriorRing()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i)));
		}
		return rings;
	}

	private static List<Object> positions(LineString line) {
		List<Object> positions = new ArrayList<>(line.getNumPoints());
		for (Coordinate c : line.getCoordinates()) {
			positions.add(position(c));
		}
		return positions;
	}

	private static double[] position(Coordinate c) {
		return new double[] { c.x, c.y };
	}
}
