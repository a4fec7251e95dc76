package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;
import static org.onegrid.grid.Fixtures.collection;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A 片区 is made of committees, units and road sections: a layer's members are given as GeoJSON, checked field by
 * field, found under a report's point within their reach, and follow their grid's territory when a boundary change
 * takes its code away.
 */
@IntegrationTest
class GridMembersIntegrationTests {

	private static final double X = 174.5;

	@Autowired
	TestApi api;

	@Autowired
	GridLocator locator;

	private final String layer = "gm" + Long.toString(System.nanoTime() % 1_000_000, 36);

	@Test
	void aReportLiesOnTheNearestMemberWithinItsReach() {
		twoAreas();
		JsonNode set = ok(api.put(path("/members"), members(road("A1"), unit("A2"))));
		assertThat(set.path("count").asInt()).isEqualTo(2);
		assertThat(set.path("kinds").path("road-section").asInt()).isEqualTo(1);
		JsonNode listed = ok(api.get(path("/members")));
		assertThat(listed.path("features").get(0).path("properties").path("reach").asInt()).isEqualTo(25);
		assertThat(listed.path("features").get(1).path("properties").path("reach").asInt())
			.as("an area's reach starts at its edge").isZero();
		assertThat(listed.path("features").get(0).path("geometry").path("type").asString()).isEqualTo("LineString");

		double tenMetresEast = X + 0.01 + 10 / (111_320 * Math.cos(Math.toRadians(0.02)));
		assertThat(locator.memberAt(layer, tenMetresEast, 0.02)).map(GridMember::code).hasValue("road");
		assertThat(locator.memberAt(layer, tenMetresEast, 0.02)).map(GridMember::coordinated).hasValue(true);
		double fortyMetresEast = X + 0.01 + 40 / (111_320 * Math.cos(Math.toRadians(0.02)));
		assertThat(locator.memberAt(layer, fortyMetresEast, 0.02)).isEmpty();
		assertThat(locator.memberAt(layer, X + 0.015, 0.015)).map(GridMember::code).hasValue("school");
		assertThat(locator.memberAt("no-such-layer", X + 0.015, 0.015)).isEmpty();
	}

	@Test
	void badMembersAreRefusedFieldByFieldAndChangeNothing() {
		twoAreas();
		ok(api.put(path("/members"), members(road("A1"))));
		Response refused = api.put(path("/members"), members(road("NOPE"), """
				{"type":"Feature","properties":{"code":"road","name":" ","kind":"Road Section","grid":"A1",
				 "coordinated":"yes","reach":900},"geometry":{"type":"LineString","coordinates":[[%s,0.01]]}}"""
			.formatted(X), """
				{"type":"Feature","properties":{"code":"far","name":"远处","kind":"unit","grid":"A1"},
				 "geometry":{"type":"Point","coordinates":[%s,0.5]}}""".formatted(X)));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
		assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
				"features[0].properties.grid", "features[1].properties.code", "features[1].properties.name",
				"features[1].properties.kind", "features[1].properties.coordinated", "features[1].geometry",
				"features[1].properties.reach", "features[2].geometry");
		assertThat(refused.body().path("errors").findValuesAsString("code")).contains("UNKNOWN_GRID", "DUPLICATE",
				"INVALID_KIND", "NOT_A_BOOLEAN", "MALFORMED_COORDINATES", "OUT_OF_RANGE", "OUTSIDE_GRID");
		assertThat(api.put(path("/members"), "{\"type\":\"Feature\"}").status()).isEqualTo(400);
		assertThat(api.put("/api/v1/layers/no-such-layer/members", members()).status()).isEqualTo(404);
		assertThat(ok(api.get(path("/members"))).path("features").findValuesAsString("code"))
			.containsExactly("road");
	}

	@Test
	void membersFollowTheirGridsTerritoryAndGoWithTheirLayer() {
		twoAreas();
		ok(api.put(path("/members"), members(road("A1"), unit("A2"))));
		JsonNode imported = ok(api.post(path("/import"), collection(street(), area("A1", 0, 0.01),
				area("B2", 0.01, 0.02))));
		assertThat(imported.path("moves").findValuesAsString("subject")).containsExactly("grid-member");
		JsonNode move = imported.path("moves").get(0);
		assertThat(move.path("id").asString() + ":" + move.path("from").asString() + ":" + move.path("to").asString()
				+ ":" + move.path("outcome").asString()).isEqualTo("school:A2:B2:MOVED");
		assertThat(ok(api.get(path("/members"))).path("features").findValuesAsString("grid"))
			.containsExactly("A1", "B2");
		assertThat(locator.memberAt(layer, X + 0.015, 0.015)).map(GridMember::grid).hasValue("B2");

		ok(api.post(path("/import"), collection(street(), area("A1", 0, 0.01))));
		assertThat(ok(api.get(path("/members"))).path("features").findValuesAsString("code"))
			.as("no grid holds the school any more").containsExactly("road");
		assertThat(api.delete("/api/v1/layers/" + layer).status()).isEqualTo(204);
		assertThat(locator.memberAt(layer, X + 0.0101, 0.02)).isEmpty();
	}

	private void twoAreas() {
		assertThat(api.post("/api/v1/layers", Fixtures.layer(layer, "FREE", "街道", "片区")).status()).isEqualTo(201);
		ok(api.post(path("/import"), collection(street(), area("A1", 0, 0.01), area("A2", 0.01, 0.02))));
	}

	private static String street() {
		return feature("S", null, "街道", X, 0, X + 0.02, 0.04);
	}

	private static String area(String code, double west, double east) {
		return feature(code, "S", "片区", X + west, 0, X + east, 0.04);
	}

	/** A road section along the line between A1 and A2, bound to {@code grid}. */
	private static String road(String grid) {
		return """
				{"type":"Feature","properties":{"code":"road","name":"示例路","kind":"road-section","grid":"%s",
				 "contact":"路段长","coordinated":true,"reach":25},
				 "geometry":{"type":"LineString","coordinates":[[%s,0],[%s,0.04]]}}"""
			.formatted(grid, X + 0.01, X + 0.01);
	}

	private static String unit(String grid) {
		return """
				{"type":"Feature","properties":{"code":"school","name":"示例中学","kind":"unit","grid":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0.012],[%s,0.012],[%s,0.018],[%s,0.018],[%s,0.012]]]}}"""
			.formatted(grid, X + 0.012, X + 0.018, X + 0.018, X + 0.012, X + 0.012);
	}

	private static String members(String... features) {
		return collection(features);
	}

	private String path(String rest) {
		return "/api/v1/layers/" + layer + rest;
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
		return response.body();
	}
}
