package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.grid.Fixtures.box;
import static org.onegrid.grid.Fixtures.collection;
import static org.onegrid.grid.Fixtures.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.geo.Crs;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridLocateIntegrationTests {

	@Autowired
	TestApi api;

	@BeforeAll
	void importsFixtures() {
		api.post("/api/v1/layers", Fixtures.layer("loc", "FREE", "区", "社区", "微网格"));
		api.post("/api/v1/layers/loc/import", collection(
				feature("D", "区", null, "区", box(20, 0, 20.04, 0.02)),
				feature("HOLE", "有洞社区", "D", "社区", Fixtures.boxWithHole(new double[] { 20, 0, 20.01, 0.01 },
						new double[] { 20.004, 0.004, 20.006, 0.006 })),
				feature("MULTI", "飞地社区", "D", "社区",
						Fixtures.boxes(new double[] { 20.01, 0, 20.02, 0.01 }, new double[] { 20.03, 0, 20.04, 0.01 })),
				feature("LEFT", "左微网格", "MULTI", "微网格", box(20.01, 0, 20.015, 0.01)),
				feature("RIGHT", "右微网格", "MULTI", "微网格", box(20.015, 0, 20.02, 0.01))));
		api.post("/api/v1/layers", Fixtures.layer("loc-order", "FREE", "社区"));
		api.post("/api/v1/layers", Fixtures.layer("loc-sh", "FREE", "社区"));
		api.post("/api/v1/layers/loc-sh/import",
				collection(feature("SH", "上海格", null, "社区", box(121.2, 31.0, 121.21, 31.01))));
	}

	@Test
	void returnsThePathFromLeafToRoot() {
		assertThat(path("loc", 20.012, 0.005)).containsExactly("LEFT", "MULTI", "D");
	}

	@Test
	void pointInAHoleBelongsToTheParentOnly() {
		assertThat(path("loc", 20.005, 0.005)).containsExactly("D");
		assertThat(path("loc", 20.002, 0.002)).containsExactly("HOLE", "D");
	}

	@Test
	void findsEveryPartOfAMultiPolygon() {
		assertThat(path("loc", 20.035, 0.005)).containsExactly("MULTI", "D");
		assertThat(path("loc", 20.025, 0.005)).containsExactly("D");
	}

	@Test
	void pointOnASharedBoundaryGoesToTheGridImportedFirst() {
		assertThat(path("loc", 20.015, 0.005)).containsExactly("LEFT", "MULTI", "D");
		assertThat(path("loc", 20.015, 0.0)).containsExactly("LEFT", "MULTI", "D");
		api.post("/api/v1/layers/loc-order/import", collection(feature("B", "乙", null, "社区", box(25, 0, 25.01, 0.01)),
				feature("A", "甲", null, "社区", box(25.01, 0, 25.02, 0.01))));
		assertThat(path("loc-order", 25.01, 0.005)).containsExactly("B");
		api.post("/api/v1/layers/loc-order/import", collection(feature("A", "甲", null, "社区", box(25.01, 0, 25.02, 0.01)),
				feature("B", "乙", null, "社区", box(25, 0, 25.01, 0.01))));
		assertThat(path("loc-order", 25.01, 0.005)).containsExactly("A");
		assertThat(path("loc-order", 25.02, 0.01)).as("outer corner is covered").containsExactly("A");
	}

	@Test
	void pointOutsideEveryGridGetsAnEmptyAnswer() {
		Response response = api.get("/api/v1/grids/locate?lon=25&lat=-40");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("layers")).isEmpty();
	}

	@Test
	void convertsGcj02AndBd09PointsBeforeLocating() {
		double[] inside = { 121.2005, 31.0005 };
		double[] gcj = Crs.GCJ02.fromWgs84(inside[0], inside[1]);
		double[] bd = Crs.BD09.fromWgs84(inside[0], inside[1]);
		assertThat(path("loc-sh", gcj[0], gcj[1], "gcj02")).containsExactly("SH");
		assertThat(path("loc-sh", bd[0], bd[1], "bd09")).containsExactly("SH");
		assertThat(path("loc-sh", gcj[0], gcj[1], "wgs84")).as("the raw GCJ-02 numbers lie outside").isEmpty();
		JsonNode answer = api.get(String.format(Locale.ROOT, "/api/v1/grids/locate?lon=%s&lat=%s&crs=gcj02", gcj[0],
				gcj[1])).body();
		assertThat(answer.path("lon").asDouble()).isCloseTo(inside[0], org.assertj.core.api.Assertions.within(1e-8));
	}

	@Test
	void refusesBadCoordinatesFieldByField() {
		assertThat(field(api.get("/api/v1/grids/locate?lon=181&lat=0"))).isEqualTo("lon");
		assertThat(field(api.get("/api/v1/grids/locate?lon=1&lat=-91"))).isEqualTo("lat");
		assertThat(field(api.get("/api/v1/grids/locate?lon=abc&lat=0"))).isEqualTo("lon");
		assertThat(field(api.get("/api/v1/grids/locate?lon=1&lat=1&crs=mars"))).isEqualTo("crs");
		assertThat(api.get("/api/v1/grids/locate?lon=1").status()).isEqualTo(400);
	}

	private static String field(Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		return response.body().path("errors").get(0).path("field").asString();
	}

	private List<String> path(String layer, double lon, double lat) {
		return path(layer, lon, lat, "wgs84");
	}

	private List<String> path(String layer, double lon, double lat, String crs) {
		JsonNode body = api.get(String.format(Locale.ROOT, "/api/v1/grids/locate?lon=%s&lat=%s&crs=%s", lon, lat, crs))
			.body();
		List<String> codes = new ArrayList<>();
		for (JsonNode path : body.path("layers")) {
			if (path.path("layer").asString().equals(layer)) {
				path.path("path").forEach(grid -> codes.add(grid.path("code").asString()));
			}
		}
		return codes;
	}
}
