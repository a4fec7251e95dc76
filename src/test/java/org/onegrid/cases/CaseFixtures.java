package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import tools.jackson.databind.JsonNode;

/**
 * A small district for case tests, in layer {@code ops} far from every other test's grids: district D9, street
 * S91, community C911 and micro-grid M9111, nested in the south-west corner, plus a calls helper.
 */
final class CaseFixtures {

	/** Inside the micro-grid, so the trail is M9111, C911, S91, D9. */
	static final double LON = 40.01;

	static final double LAT = 10.01;

	private final TestApi api;

	private static volatile boolean imported;

	CaseFixtures(TestApi api) {
		this.api = api;
		importDistrict();
	}

	private synchronized void importDistrict() {
		if (imported || api.get("/api/v1/layers/ops").status() == 200) {
			imported = true;
			return;
		}
		api.post("/api/v1/layers", """
				{"code":"ops","name":"城运网格","kind":"ops","levelNames":["区","街道","社区","微网格"],"codeRule":"FREE"}
				""");
		Response response = api.post("/api/v1/layers/ops/import", """
				{"type":"FeatureCollection","features":[
				 %s, %s, %s, %s]}
				""".formatted(feature("D9", "九区", null, "区", 40, 10, 40.2, 10.2),
				feature("S91", "一街道", "D9", "街道", 40, 10, 40.1, 10.1),
				feature("C911", "一社区", "S91", "社区", 40, 10, 40.05, 10.05),
				feature("M9111", "一微网格", "C911", "微网格", 40, 10, 40.025, 10.025)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		imported = true;
	}

	private static String feature(String code, String name, String parent, String level, double x0, double y0,
			double x1, double y1) {
		String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}""".formatted(code, name,
				parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}

	/** A patrol report of a damaged road (0201, municipal works by default) at the fixture point. */
	static String patrolReport(String extra) {
		return """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":%s,"lat":%s%s}
				""".formatted(LON, LAT, extra.isEmpty() ? "" : "," + extra);
	}

	JsonNode report(String json) {
		Response response = api.post("/api/v1/cases", json);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body();
	}

	Response act(long id, String action, String json) {
		return api.post("/api/v1/cases/" + id + "/actions/" + action, json);
	}

	/** Takes the action as {@code actor} and expects it to succeed. */
	JsonNode ok(long id, String action, String fields) {
		Response response = act(id, action, "{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + (fields.isEmpty() ? ""
				: "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	JsonNode get(long id) {
		return api.get("/api/v1/cases/" + id).body();
	}
}
