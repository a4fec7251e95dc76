package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.onegrid.TestApi;
import org.onegrid.TestStaff;
import org.onegrid.TestApi.Response;
import tools.jackson.databind.JsonNode;

/**
 * A small district for case tests, in layer {@code ops} apart from every other test's grids: district D9, street
 * S91, community C911 and micro-grid M9111, nested in the south-west corner, plus a calls helper. It lies close to
 * the browser tests' layers (40.00–40.03° E), so that the command centre's map, which fits every layer, still shows
 * their grids large enough to click.
 * <p>
 * A second layer, {@code case-nostreet} (district N9 > community N91 at {@link #NO_STREET_LON}), has no 街道 level,
 * so a minor class without a default department there has nobody responsible and needs arbitration.
 */
public final class CaseFixtures {

	/** Inside the micro-grid (40.1–40.1125° E, 0–0.0125° N), so the trail is M9111, C911, S91, D9. */
	static final double LON = 40.105;

	static final double LAT = 0.005;

	private final TestApi api;

	/** Inside community N91 of layer {@code case-nostreet}, whose trail is N91, N9 with no street. */
	static final double NO_STREET_LON = 40.26;

	static final double NO_STREET_LAT = 0.01;

	/** Inside street S91 but outside community C911, so the trail is S91, D9. */
	static final double STREET_ONLY_LON = 40.13;

	static final double STREET_ONLY_LAT = 0.03;

	private static volatile boolean imported;

	private static volatile boolean importedNoStreet;

	private static volatile boolean staffed;

	/** Every department the default catalogue and platforms name. */
	static final String[] DEPARTMENTS = { "urban-management", "police-station", "market-supervision",
		"safety-office", "grid-centre", "sanitation", "municipal-works", "greening", "housing", "water", "justice",
		"ecology-environment", "fire-rescue", "safety-supervision" };

	public CaseFixtures(TestApi api) {
		this.api = api;
		importDistrict();
		staff();
	}

	/**
	 * Someone to take up every case: a handler for every department, a territorial handler at the street, and a
	 * dispatcher at the street and at the district for what is escalated.
	 */
	private synchronized void staff() {
		if (staffed) {
			return;
		}
		TestStaff.handlersFor(api, DEPARTMENTS);
		TestStaff.unitWith(api, "case-d9", "DISTRICT", null, "ops", "D9", "dispatcher");
		TestStaff.unitWith(api, "case-s91", "STREET", "case-d9", "ops", "S91", "territorial-handler", "dispatcher");
		staffed = true;
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
				""".formatted(feature("D9", "九区", null, "区", 40.1, 0, 40.2, 0.1),
				feature("S91", "一街道", "D9", "街道", 40.1, 0, 40.15, 0.05),
				feature("C911", "一社区", "S91", "社区", 40.1, 0, 40.125, 0.025),
				feature("M9111", "一微网格", "C911", "微网格", 40.1, 0, 40.1125, 0.0125)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		imported = true;
	}

	/** Imports the layer without a street level, once per test run. */
	synchronized CaseFixtures withLayerWithoutStreet() {
		if (importedNoStreet || api.get("/api/v1/layers/case-nostreet").status() == 200) {
			importedNoStreet = true;
			return this;
		}
		api.post("/api/v1/layers", """
				{"code":"case-nostreet","name":"无街道层","kind":"governance","levelNames":["区","社区"],"codeRule":"FREE"}
				""");
		Response response = api.post("/api/v1/layers/case-nostreet/import", """
				{"type":"FeatureCollection","features":[%s, %s]}
				""".formatted(feature("N9", "无街道区", null, "区", 40.25, 0, 40.3, 0.05),
				feature("N91", "无街道社区", "N9", "社区", 40.25, 0, 40.275, 0.025)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		TestStaff.unitWith(api, "case-n9", "DISTRICT", null, "case-nostreet", "N9", "territorial-handler", "dispatcher");
		importedNoStreet = true;
		return this;
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

	/** The patrol report of a damaged road at the fixture point, as an in-process caller gives it. */
	static NewCase pothole(String requestId) {
		return new NewCase(requestId, "PATROL", null, null, "worker-1", "COMPONENT", "0201", null, null, null,
				"路面坑槽 / Pothole", "人民路 1 号", LON, LAT, null, null, null);
	}

	/** A report from {@code channel} of {@code kind minorCode} at a point, with extra JSON fields. */
	static String reportOf(String channel, String kind, String minorCode, double lon, double lat, String extra) {
		return """
				{"channel":"%s","reportedBy":"reporter-1","kind":"%s","minorCode":"%s",
				 "description":"测试案件 / Test case","lon":%s,"lat":%s%s}
				""".formatted(channel, kind, minorCode, lon, lat, extra.isEmpty() ? "" : "," + extra);
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

	/** Takes the action as {@code op-1} and returns the response, whatever it is. */
	Response attempt(long id, String action, String fields) {
		return act(id, action, "{\"actor\":\"op-1\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
	}

	/** Reports a patrol case at the fixture point and takes it through accept and file to FILED. */
	long filed(String extra) {
		long id = report(patrolReport(extra)).path("id").asLong();
		ok(id, "accept", "");
		ok(id, "file", "\"conditionMet\":true");
		return id;
	}

	/** A filed case dispatched to its default department and signed for: HANDLING. */
	long handling(String extra) {
		long id = filed(extra);
		ok(id, "dispatch", "");
		ok(id, "sign", "");
		return id;
	}

	/** The number of cases a search finds; {@code query} is a query string without {@code ?}, or empty. */
	long total(String query) {
		Response response = api.get("/api/v1/cases?size=1" + (query.isEmpty() ? "" : "&" + query));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body().path("total").asLong();
	}

	/** The actions of the case's timeline, oldest first. */
	List<String> timelineActions(long id) {
		return strings(get(id).path("timeline"), "action");
	}

	/** A problem+json answer's {@code errors} as {@code field:CODE}, after checking status and content type. */
	static List<String> errors(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> errors = new ArrayList<>();
		response.body().path("errors").forEach(e -> errors.add(e.path("field").asString() + ":" + e.path("code")
			.asString()));
		return errors;
	}

	/**
	 * Runs {@code task} on {@code threads} threads released at the same instant, and returns their results in
	 * thread order.
	 */
	static <T> List<T> inParallel(int threads, IntFunction<T> task) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int index = i;
				futures.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					return task.apply(index);
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** The text values of an array, or of one field of each of its objects when {@code field} is given. */
	static List<String> strings(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asString() : node.path(field).asString()));
		return values;
	}
}
