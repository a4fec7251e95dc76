package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district of the analysis tests' own, in layer {@code ana-test} far from every other test's grids: district AT
 * with street AT1 of four communities (AT11 … AT14) and street AT2 of one (AT21). A dispatcher is bound to each
 * street ({@code dispatcher-ana-at1}, {@code dispatcher-ana-at2}).
 */
final class AnalysisFixtures {

	static final double LAT = 6.05;

	private static volatile boolean ready;

	private final TestApi api;

	AnalysisFixtures(TestApi api) {
		this.api = api;
		prepare();
	}

	/** A point inside community AT11 … AT14 (community 1 to 4), or AT21 for 5. */
	static double lonOf(int community) {
		return community <= 4 ? 49.05 + 0.1 * (community - 1) : 49.6;
	}

	private synchronized void prepare() {
		if (ready) {
			return;
		}
		Response layer = api.post("/api/v1/layers", """
				{"code":"ana-test","name":"研判测试层","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}
				""");
		assertThat(layer.status()).as(layer.body().toString()).isIn(200, 201, 409);
		List<String> features = new ArrayList<>();
		features.add(feature("AT", "研判区", null, "区", 49.0, 49.8));
		features.add(feature("AT1", "研判一街道", "AT", "街道", 49.0, 49.4));
		features.add(feature("AT2", "研判二街道", "AT", "街道", 49.4, 49.8));
		for (int i = 1; i <= 4; i++) {
			double west = 49.0 + 0.1 * (i - 1);
			features.add(feature("AT1" + i, "研判社区" + i, "AT1", "社区", west, west + 0.1));
		}
		features.add(feature("AT21", "研判社区5", "AT2", "社区", 49.4, 49.8));
		Response imported = api.post("/api/v1/layers/ana-test/import",
				"{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		TestStaff.handlersFor(api, "municipal-works", "urban-management");
		TestStaff.unitWith(api, "ana-at", "DISTRICT", null, "ana-test", "AT", "territorial-handler");
		TestStaff.unitWith(api, "ana-at1", "STREET", "ana-at", "ana-test", "AT1", "dispatcher");
		TestStaff.unitWith(api, "ana-at2", "STREET", "ana-at", "ana-test", "AT2", "dispatcher");
		ready = true;
	}

	private static String feature(String code, String name, String parent, String level, double west, double east) {
		String ring = "[[%s,6.0],[%s,6.0],[%s,6.1],[%s,6.1],[%s,6.0]]".formatted(west, east, east, west, west);
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}""".formatted(code, name,
				parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}

	/** Reports a patrol case of component {@code minorCode} at the point; returns its id. */
	long report(String minorCode, double lon, double lat) {
		Response response = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-ana","kind":"COMPONENT","minorCode":"%s",
				 "description":"研判测试 / Analysis test","lon":%s,"lat":%s}
				""".formatted(minorCode, lon, lat));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	/** Takes the case through accept, file, dispatch, sign, feedback, check and close. */
	void close(long id) {
		act(id, "accept", "");
		act(id, "file", "\"conditionMet\":true");
		act(id, "dispatch", "");
		act(id, "sign", "");
		act(id, "feedback", "\"note\":\"已修复 / Repaired\"");
		act(id, "check", "\"passed\":true");
		act(id, "close", "\"conditionMet\":true");
	}

	void act(long id, String action, String fields) {
		Response response = api.post("/api/v1/cases/" + id + "/actions/" + action,
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
	}

	/** Waits until the analysis has taken in every event published so far. */
	static void awaitFacts(JdbcClient jdbc) {
		ModuleEvents.awaitTakenIn(jdbc, "analysis");
	}
}
