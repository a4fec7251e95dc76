package org.onegrid.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds small GeoJSON documents for the grid tests.
 */
final class Fixtures {

	private Fixtures() {
	}

	/** A rectangle polygon's geometry object. */
	static String box(double minX, double minY, double maxX, double maxY) {
		return "{\"type\":\"Polygon\",\"coordinates\":[" + ring(minX, minY, maxX, maxY) + "]}";
	}

	/** A rectangle with a rectangular hole. */
	static String boxWithHole(double[] outer, double[] hole) {
		return "{\"type\":\"Polygon\",\"coordinates\":[" + ring(outer[0], outer[1], outer[2], outer[3]) + ","
				+ ring(hole[0], hole[1], hole[2], hole[3]) + "]}";
	}

	/** A MultiPolygon of rectangles, each given as {minX, minY, maxX, maxY}. */
	static String boxes(double[]... parts) {
		List<String> polygons = new ArrayList<>();
		for (double[] p : parts) {
			polygons.add("[" + ring(p[0], p[1], p[2], p[3]) + "]");
		}
		return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", polygons) + "]}";
	}

	static String ring(double minX, double minY, double maxX, double maxY) {
		return String.format(Locale.ROOT, "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]", minX, minY, maxX, minY, maxX,
				maxY, minX, maxY, minX, minY);
	}

	static String feature(String code, String name, String parent, String level, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":" + quote(code) + ",\"name\":" + quote(name)
				+ ",\"parent\":" + quote(parent) + ",\"level\":" + quote(level) + "},\"geometry\":" + geometry + "}";
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String layer(String code, String codeRule, String... levels) {
		List<String> quoted = new ArrayList<>();
		for (String level : levels) {
			quoted.add(quote(level));
		}
		return "{\"code\":\"" + code + "\",\"name\":\"Test layer " + code + "\",\"kind\":\"ops\",\"levelNames\":["
				+ String.join(",", quoted) + "],\"codeRule\":\"" + codeRule + "\"}";
	}

	private static String quote(String value) {
		return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
	}
}
