package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.geo.GeoJson;
import org.onegrid.geo.GroundArea;
import org.onegrid.grid.internal.Grids;
import org.onegrid.grid.GridMember;
import org.onegrid.grid.internal.Layers;
import org.onegrid.grid.internal.Members;
import org.onegrid.grid.internal.StoredGrid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Another instance on the same database replaces a layer's grids a moment before this one takes a report, while
 * this instance's index still serves the old grids: the case is stored in the grids that exist, never in the codes
 * the import archived, so the new grid's team sees it and a later boundary change finds it; likewise a report is
 * never stored on a member (a road section, a unit) replaced meanwhile. A report taken while the import is under way
 * waits for it, and a replacement of members waits for the reports being stored.
 */
@IntegrationTest
class StaleGridsIntegrationTests {

	/** Where each test's layer lies: a place of its own, so that its reports are located in its layer alone. */
	private static final AtomicInteger PLACES = new AtomicInteger();

	private final double x = 176.5 + 0.05 * PLACES.getAndIncrement();

	@Autowired
	TestApi api;

	@Autowired
	Grids gridRows;

	@Autowired
	Layers layerRows;

	@Autowired
	Members memberRows;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private final String layer = "sg" + Long.toString(System.nanoTime() % 1_000_000, 36);

	@Test
	void aReportTakenBeforeThisInstanceHeardOfAnImportLiesInTheNewGrids() {
		layerWithA1();
		transactions.executeWithoutResult(status -> {
			gridRows.replace(layer, List.of(grid("S", 0, null), grid("B1", 1, "S")));
			layerRows.replaced(layer, 2);
		});
		JsonNode reported = ok(api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"另一实例刚换了网格",
				 "lon":%s,"lat":0.01}""".formatted(x + 0.01)));

		JsonNode trail = reported.path("gridTrails").get(0);
		assertThat(trail.path("layer").asString()).isEqualTo(layer);
		assertThat(trail.path("grids").findValuesAsString("code")).containsExactly("B1", "S");
		assertThat(reported.path("handlingGrid").asString()).isEqualTo("B1");
	}

	@Test
	void aReportTakenBeforeThisInstanceHeardOfNewMembersLiesOnTheNewOnes() {
		layerWithA1();
		ok(api.put("/api/v1/layers/" + layer + "/members", """
				{"type":"FeatureCollection","features":[%s]}""".formatted(unit("old-school"))));
		transactions.executeWithoutResult(status -> memberRows.replace(layer, List.of(new GridMember(layer,
				"new-school", "A1", "unit", "新学校", null, false, 0, GeoJson.FACTORY.toGeometry(
						new Envelope(x + 0.005, x + 0.015, 0.005, 0.015)))), Instant.now()));

		JsonNode reported = ok(api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"另一实例刚换了成员",
				 "lon":%s,"lat":0.01}""".formatted(x + 0.01)));

		assertThat(reported.path("member").path("code").asString()).isEqualTo("new-school");
	}

	@Test
	void aReportTakenWhileAnotherInstanceImportsWaitsForTheImportAndLiesInItsGrids() throws Exception {
		layerWithA1();
		CountDownLatch importing = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> otherInstance = pool.submit(() -> transactions.executeWithoutResult(status -> {
				layerRows.changeBoundaries();
				gridRows.replace(layer, List.of(grid("S", 0, null), grid("B1", 1, "S")));
				layerRows.replaced(layer, 2);
				importing.countDown();
				waitUntilSomeoneWaitsOnTheBoundaries();
			}));
			assertThat(importing.await(30, TimeUnit.SECONDS)).isTrue();
			Future<JsonNode> report = pool.submit(() -> ok(api.post("/api/v1/cases", """
					{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"导入进行中上报",
					 "lon":%s,"lat":0.01}""".formatted(x + 0.01))));
			otherInstance.get(60, TimeUnit.SECONDS);
			JsonNode trail = report.get(60, TimeUnit.SECONDS).path("gridTrails").get(0);
			assertThat(trail.path("grids").findValuesAsString("code")).containsExactly("B1", "S");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void replacingMembersWaitsForTheReportsBeingStored() throws Exception {
		layerWithA1();
		CountDownLatch storing = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> report = pool.submit(() -> transactions.executeWithoutResult(status -> {
				layerRows.holdBoundaries();
				storing.countDown();
				waitUntilSomeoneWaitsOnTheBoundaries();
			}));
			assertThat(storing.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Response> replaced = pool.submit(() -> api.put("/api/v1/layers/" + layer + "/members", """
					{"type":"FeatureCollection","features":[%s]}""".formatted(unit("school"))));
			report.get(60, TimeUnit.SECONDS);
			assertThat(replaced.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Polls the lock table, outside the transaction that holds the boundaries' lock, until someone waits on it. */
	private void waitUntilSomeoneWaitsOnTheBoundaries() {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < until) {
			Integer waiting = jdbc.queryForObject(
					"SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("Nobody waited on the boundaries' lock");
	}

	private void layerWithA1() {
		assertThat(api.put("/api/v1/layers/" + layer, """
				{"code":"%s","name":"另一实例","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE"}"""
			.formatted(layer)).status()).isEqualTo(200);
		ok(api.post("/api/v1/layers/" + layer + "/import", """
				{"type":"FeatureCollection","features":[%s,%s]}""".formatted(
				feature("S", null, "街道", x, 0, x + 0.02, 0.02), feature("A1", "S", "社区", x, 0, x + 0.02, 0.02))));
	}

	/** A unit around the point reports are made at, in A1. */
	private String unit(String code) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"学校","kind":"unit","grid":"A1"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0.005],[%s,0.005],[%s,0.015],[%s,0.015],[%s,0.005]]]}}"""
			.formatted(code, x + 0.005, x + 0.015, x + 0.015, x + 0.005, x + 0.005);
	}

	private StoredGrid grid(String code, int level, String parent) {
		Geometry box = GeoJson.FACTORY.toGeometry(new Envelope(x, x + 0.02, 0, 0.02));
		return new StoredGrid(code, code, level, parent, box, GroundArea.squareMetres(box), false);
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
		return response.body();
	}
}
