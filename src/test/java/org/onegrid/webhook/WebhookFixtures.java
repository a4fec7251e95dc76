package org.onegrid.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import tools.jackson.databind.JsonNode;

/**
 * A small district for webhook tests, in a layer {@code whk} of its own: district WD, street WS, and under it the
 * communities WC1 (west) and WC2 (east); plus calls that report and file cases there and manage subscribers.
 */
final class WebhookFixtures {

	/** A point in community WC1. */
	static final double[] IN_WC1 = { 42.02, 0.02 };

	/** A point in community WC2. */
	static final double[] IN_WC2 = { 42.07, 0.02 };

	private static volatile boolean imported;

	private final TestApi api;

	private final List<Long> subscribers = new ArrayList<>();

	WebhookFixtures(TestApi api) {
		this.api = api;
		importLayer();
	}

	private synchronized void importLayer() {
		if (imported || api.get("/api/v1/layers/whk").status() == 200) {
			imported = true;
			return;
		}
		assertThat(api.post("/api/v1/layers", """
				{"code":"whk","name":"推送测试","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}
				""").status()).isEqualTo(201);
		Response response = api.post("/api/v1/layers/whk/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s,%s]}
				""".formatted(feature("WD", null, "区", 42.0, 42.2), feature("WS", "WD", "街道", 42.0, 42.1),
				feature("WC1", "WS", "社区", 42.0, 42.05), feature("WC2", "WS", "社区", 42.05, 42.1)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		imported = true;
	}

	private static String feature(String code, String parent, String level, double west, double east) {
		double north = level.equals("社区") ? 0.05 : 0.1;
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,%s],[%s,%s],[%s,0]]]}}"""
			.formatted(code, code, parent == null ? "null" : "\"" + parent + "\"", level, west, east, east, north,
					west, north, west);
	}

	/** Reports a pothole at the point from patrol and returns the case's id. */
	long report(double[] at) {
		Response response = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":%s,"lat":%s,
				 "reporter":{"name":"张三","phone":"13812345678"}}
				""".formatted(at[0], at[1]));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	void act(long caseId, String action, String fields) {
		Response response = api.post("/api/v1/cases/" + caseId + "/actions/" + action,
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
	}

	/** Adds a subscriber from the JSON body, to be removed by {@link #removeSubscribers()}; returns its id. */
	long subscribe(String json) {
		Response response = api.post("/api/v1/webhooks", json);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		long id = response.body().path("id").asLong();
		subscribers.add(id);
		return id;
	}

	/** Removes the subscriber with the others made here. */
	void removeLater(long subscriberId) {
		subscribers.add(subscriberId);
	}

	/** The subscriber's deliveries, newest first, all or of one status. */
	List<JsonNode> deliveries(long subscriberId, String status) {
		Response response = api.get("/api/v1/webhooks/" + subscriberId + "/deliveries"
				+ (status == null ? "" : "?status=" + status));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<JsonNode> deliveries = new ArrayList<>();
		response.body().forEach(deliveries::add);
		return deliveries;
	}

	/**
	 * Waits until the listener, which runs after each case transaction commits, has recorded {@code count}
	 * deliveries for the subscriber, and returns them oldest first.
	 */
	List<JsonNode> awaitRecorded(long subscriberId, int count) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			List<JsonNode> recorded = deliveries(subscriberId, null);
			if (recorded.size() >= count) {
				Collections.reverse(recorded);
				return recorded;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("subscriber " + subscriberId + " has " + deliveries(subscriberId, null).size()
				+ " deliveries, not " + count);
	}

	/** Removes the subscribers made here, so that later tests' cases are sent to nobody. */
	void removeSubscribers() {
		subscribers.forEach(id -> api.delete("/api/v1/webhooks/" + id));
		subscribers.clear();
	}
}
