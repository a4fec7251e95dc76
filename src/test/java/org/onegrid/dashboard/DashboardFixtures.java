package org.onegrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.onegrid.people.PeopleFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A small district of the dashboard tests' own, in layer {@code dash-test} far from every other test's grids: district
 * DT with streets DT1 to DT5 side by side, each with one community, so that cases reported here have a trail with a
 * street and nobody else's cases fall in. A dispatcher bound to each street ({@code dispatcher-dash-dt1} …) watches
 * only that street; a handler of municipal works takes up roads. The feed tests use DT1 and DT2, the browser test
 * DT3, the figures test DT4 and DT5, so that each counts only its own cases.
 */
public final class DashboardFixtures {

	/** The password of the street dispatchers. */
	public static final String PASSWORD = TestStaff.PASSWORD;

	public static final double LAT = 5.05;

	/** The streets' names without 街道, DT1 first. */
	static final List<String> STREETS = List.of("东风", "西湖", "南山", "北湖", "临江");

	private static volatile boolean ready;

	private final TestApi api;

	public DashboardFixtures(TestApi api) {
		this.api = api;
		prepare();
	}

	/** A point inside street DT1 … DT5 (1 to 5). */
	public static double lonOfStreet(int street) {
		return 47.05 + 0.1 * (street - 1);
	}

	private synchronized void prepare() {
		if (ready) {
			return;
		}
		if (api.get("/api/v1/layers/dash-test").status() != 200) {
			Response layer = api.post("/api/v1/layers", """
					{"code":"dash-test","name":"大屏测试层","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}
					""");
			assertThat(layer.status()).as(layer.body().toString()).isIn(200, 201);
		}
		if (api.get("/api/v1/layers/dash-test/grids/DT" + STREETS.size()).status() != 200) {
			List<String> features = new ArrayList<>();
			features.add(feature("DT", "大屏区", null, "区", 47.0, 47.0 + 0.1 * STREETS.size()));
			for (int i = 1; i <= STREETS.size(); i++) {
				double west = 47.0 + 0.1 * (i - 1);
				features.add(feature("DT" + i, STREETS.get(i - 1) + "街道", "DT", "街道", west, west + 0.1));
				features.add(feature("DT" + i + "1", STREETS.get(i - 1) + "社区", "DT" + i, "社区", west, west + 0.1));
			}
			Response imported = api.post("/api/v1/layers/dash-test/import",
					"{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
			assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		}
		TestStaff.handlersFor(api, "municipal-works", "urban-management");
		TestStaff.unitWith(api, "dash-dt", "DISTRICT", null, "dash-test", "DT", "territorial-handler");
		for (int i = 1; i <= STREETS.size(); i++) {
			TestStaff.unitWith(api, "dash-dt" + i, "STREET", "dash-dt", "dash-test", "DT" + i, "dispatcher");
		}
		ready = true;
	}

	private static String feature(String code, String name, String parent, String level, double west, double east) {
		String ring = "[[%s,5.0],[%s,5.0],[%s,5.1],[%s,5.1],[%s,5.0]]".formatted(west, east, east, west, west);
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}""".formatted(code, name,
				parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}

	/** A full-time grid worker serving the community of the street (1 to 5), made once. */
	public synchronized long workerOf(int street) {
		String name = "大屏巡查员" + street;
		for (JsonNode person : api.get("/api/v1/people?unit=dash-dt" + street).body()) {
			if (person.path("name").asString().equals(name)) {
				return person.path("id").asLong();
			}
		}
		PeopleFixtures people = new PeopleFixtures(api);
		long id = people.person(name, "dash-dt" + street, null, "full-time-worker");
		people.assign("dash-test", "DT" + street + "1", id, "full-time-worker");
		return id;
	}

	/** Reports a case on {@code channel} of component {@code minorCode} in the street; returns its id. */
	public long report(String channel, String minorCode, int street) {
		String details = switch (channel) {
			case "HOTLINE_12345" -> ",\"channelDetails\":{\"ticketNo\":\"T" + System.nanoTime() + "\"}";
			case "VIDEO" -> ",\"channelDetails\":{\"deviceId\":\"cam-7\",\"alertId\":\"A" + System.nanoTime() + "\"}";
			default -> "";
		};
		Response response = api.post("/api/v1/cases", """
				{"channel":"%s","reportedBy":"worker-dash","kind":"COMPONENT","minorCode":"%s",
				 "description":"大屏测试 / Dashboard test","lon":%s,"lat":%s%s}
				""".formatted(channel, minorCode, lonOfStreet(street), LAT, details));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	/** Takes the action as a dispatcher, and expects it to succeed. */
	public JsonNode act(long id, String action, String fields) {
		Response response = api.post("/api/v1/cases/" + id + "/actions/" + action,
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	/** A patrol case taken through accept, file, dispatch and sign: its department is handling it. */
	public long handling(int street) {
		long id = report("PATROL", "0201", street);
		act(id, "accept", "");
		act(id, "file", "\"conditionMet\":true");
		act(id, "dispatch", "");
		act(id, "sign", "");
		return id;
	}

	/** Feeds back, checks and closes a case being handled. */
	public void close(long id) {
		act(id, "feedback", "\"note\":\"已修复 / Repaired\"");
		act(id, "check", "\"passed\":true");
		act(id, "close", "\"conditionMet\":true");
	}
}
