package org.onegrid.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import tools.jackson.databind.JsonNode;

/**
 * A small district for hotline tests, in a layer {@code htl} of its own (district HD, street HS, community HC), with
 * a dispatcher and handlers so that a hotline case can be walked to its close.
 */
final class HotlineFixtures {

	/** A point in community HC. */
	static final double[] IN_HC = { 43.02, 0.02 };

	private static volatile boolean ready;

	private final TestApi api;

	HotlineFixtures(TestApi api) {
		this.api = api;
		prepare();
	}

	private synchronized void prepare() {
		if (ready) {
			return;
		}
		if (api.get("/api/v1/layers/htl").status() != 200) {
			assertThat(api.post("/api/v1/layers", """
					{"code":"htl","name":"热线测试","kind":"governance","levelNames":["区","街道","社区"],"codeRule":"FREE"}
					""").status()).isEqualTo(201);
			Response response = api.post("/api/v1/layers/htl/import", """
					{"type":"FeatureCollection","features":[%s,%s,%s]}
					""".formatted(feature("HD", null, "区", 0.1), feature("HS", "HD", "街道", 0.1),
					feature("HC", "HS", "社区", 0.05)));
			assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		}
		TestStaff.handlersFor(api, "municipal-works");
		TestStaff.unitWith(api, "hotline-hd", "DISTRICT", null, "htl", "HD", "dispatcher");
		TestStaff.unitWith(api, "hotline-hs", "STREET", "hotline-hd", "htl", "HS", "territorial-handler", "dispatcher");
		ready = true;
	}

	private static String feature(String code, String parent, String level, double size) {
		double west = 43.0;
		double east = west + size;
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,%s],[%s,%s],[%s,0]]]}}"""
			.formatted(code, code, parent == null ? "null" : "\"" + parent + "\"", level, west, east, east, size,
					west, size, west);
	}

	/** Walks a verified case from its acceptance to its close as an administrator. */
	void close(long caseId) {
		act(caseId, "accept", "");
		act(caseId, "file", "\"conditionMet\":true");
		act(caseId, "dispatch", "");
		act(caseId, "sign", "");
		act(caseId, "feedback", "\"note\":\"已修补 / Patched\",\"attachments\":[\"photo://after-1\"]");
		act(caseId, "check", "\"passed\":true");
		act(caseId, "close", "\"conditionMet\":true");
	}

	JsonNode act(long caseId, String action, String fields) {
		Response response = api.post("/api/v1/cases/" + caseId + "/actions/" + action,
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
		return response.body();
	}
}
