package org.onegrid.bench;

import java.util.List;
import java.util.Random;

import org.onegrid.grid.CodeRule;
import org.onegrid.grid.GridImport;
import org.onegrid.grid.GridLayers;
import org.onegrid.grid.ImportMapping;
import org.onegrid.grid.LayerDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small grid layer {@code ops} that cases need: district D9, street S91, community C911 and micro-grid M9111,
 * nested squares in an empty corner of the map (lon 40, lat 10). Reports fall at random points of M9111, so that
 * every case has the full trail M9111 → C911 → S91 → D9 and few are near enough to count as duplicates.
 */
final class BenchGrid {

	static final String LAYER = "{\"code\":\"ops\",\"name\":\"城运网格\",\"kind\":\"ops\","
			+ "\"levelNames\":[\"区\",\"街道\",\"社区\",\"微网格\"],\"codeRule\":\"FREE\"}";

	static final String FEATURES = "{\"type\":\"FeatureCollection\",\"features\":[" + feature("D9", "九区", null, "区", 0.2)
			+ "," + feature("S91", "一街道", "D9", "街道", 0.1) + "," + feature("C911", "一社区", "S91", "社区", 0.05) + ","
			+ feature("M9111", "一微网格", "C911", "微网格", 0.025) + "]}";

	private BenchGrid() {
	}

	/** Defines and imports the layer through the Java API, as {@code POST /api/v1/layers} and its import do. */
	static void importInto(GridLayers layers, GridImport imports) {
		layers.define(new LayerDefinition("ops", "城运网格", "ops", List.of("区", "街道", "社区", "微网格"), CodeRule.FREE,
				null, null, null));
		imports.importLayer("ops", JsonMapper.builder().build().readTree(FEATURES), ImportMapping.DEFAULT);
	}

	/** A point inside the micro-grid M9111, away from its edges: {lon, lat}. */
	static double[] randomPoint(Random random) {
		return new double[] { 40.001 + random.nextDouble() * 0.023, 10.001 + random.nextDouble() * 0.023 };
	}

	private static String feature(String code, String name, String parent, String level, double size) {
		double x0 = 40, y0 = 10, x1 = 40 + size, y1 = 10 + size;
		String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
		return ("{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\",\"name\":\"%s\",\"parent\":%s,\"level\":\"%s\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%s]}}").formatted(code, name,
						parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}
}
