package org.onegrid;

import static org.assertj.core.api.Assertions.assertThat;

import org.onegrid.TestApi.Response;

/**
 * A layer of a test's own with one square grid at one level, unless it exists, so that what the test counts or
 * lists in it holds nothing of another test's.
 */
public final class TestLayers {

	private TestLayers() {
	}

	/** Layer {@code layer} with grid {@code grid} as a 0.05° square whose south-west corner is at {@code (lon, 0)}. */
	public static synchronized void oneGrid(TestApi api, String layer, String layerName, String level, String grid,
			String gridName, double lon) {
		if (api.get("/api/v1/layers/" + layer).status() == 200) {
			return;
		}
		assertThat(api.post("/api/v1/layers", """
				{"code":"%s","name":"%s","kind":"governance","levelNames":["%s"],"codeRule":"FREE"}
				""".formatted(layer, layerName, level)).status()).isIn(200, 201);
		double east = lon + 0.05;
		Response imported = api.post("/api/v1/layers/" + layer + "/import", """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"code":"%s","name":"%s","parent":null,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,0.05],[%s,0.05],[%s,0]]]}}]}
				""".formatted(grid, gridName, level, lon, east, east, lon, lon));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
	}

	/**
	 * A GeoJSON feature for a grid import: a rectangle from {@code (x0, y0)} to {@code (x1, y1)} with the grid's
	 * code (also its name), parent code or none, and level.
	 */
	public static String feature(String code, String parent, String level, double x0, double y0, double x1,
			double y1) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"""
			.formatted(code, code, parent == null ? "null" : "\"" + parent + "\"", level, x0, y0, x1, y0, x1, y1, x0,
					y1, x0, y0);
	}
}
