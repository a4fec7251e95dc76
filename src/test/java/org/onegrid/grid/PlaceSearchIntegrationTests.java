package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.grid.Fixtures.collection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An operator finds where a caller is by the district's own names: grids and their members (a school, a road section)
 * of every layer, every word typed in the name, names that begin with the text first, and each with the grids around it, so
 * that two 第一网格 in two communities can be told apart, and a point inside it to put the case on.
 */
@IntegrationTest
class PlaceSearchIntegrationTests {

	private static final double X = 171.5;

	@Autowired
	TestApi api;

	private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

	private final String layer = "plc" + tag;

	@BeforeEach
	void district() {
		assertThat(api.post("/api/v1/layers", Fixtures.layer(layer, "FREE", "街道", "社区", "网格")).status())
			.isEqualTo(201);
		ok(api.post("/api/v1/layers/" + layer + "/import", collection(
				box("s" + tag, "中" + tag + "街道", null, "街道", 0, 0.04),
				box("c1" + tag, "荣乐" + tag + "社区", "s" + tag, "社区", 0, 0.02),
				box("c2" + tag, "新凯" + tag + "社区", "s" + tag, "社区", 0.02, 0.04),
				box("g1" + tag, "第一网格" + tag, "c1" + tag, "网格", 0, 0.02),
				box("g2" + tag, "第一网格" + tag, "c2" + tag, "网格", 0.02, 0.04))));
		ok(api.put("/api/v1/layers/" + layer + "/members", collection("""
				{"type":"Feature","properties":{"code":"road%s","name":"荣乐东路%s","kind":"road-section",
				 "grid":"g1%s","reach":25},"geometry":{"type":"LineString","coordinates":[[%s,0.005],[%s,0.005]]}}"""
			.formatted(tag, tag, tag, X + 0.002, X + 0.018), """
				{"type":"Feature","properties":{"code":"school%s","name":"荣乐%s小学","kind":"unit","grid":"g1%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0.01],[%s,0.01],[%s,0.012],[%s,0.012],[%s,0.01]]]}}"""
			.formatted(tag, tag, tag, X + 0.01, X + 0.012, X + 0.012, X + 0.01, X + 0.01), """
				{"type":"Feature","properties":{"code":"shed%s","name":"%s号楼东侧车棚","kind":"unit","grid":"g2%s"},
				 "geometry":{"type":"Point","coordinates":[%s,0.01]}}""".formatted(tag, tag, tag, X + 0.03))));
	}

	@AfterEach
	void removeDistrict() {
		api.delete("/api/v1/layers/" + layer);
	}

	@Test
	void placesAreFoundByEveryWordOfTheirNameTheFullNameFirst() {
		assertThat(names(search("荣乐" + tag))).as("names that begin with the text, the shorter first")
			.containsExactly("荣乐" + tag + "小学", "荣乐" + tag + "社区");
		assertThat(names(search("荣乐 " + tag.toUpperCase()))).as("every word, in any case, anywhere in the name")
			.containsExactly("荣乐" + tag + "小学", "荣乐" + tag + "社区", "荣乐东路" + tag);
		assertThat(names(search("荣乐" + tag + "社区"))).as("the name in full first")
			.startsWith("荣乐" + tag + "社区");
		assertThat(names(search("c2" + tag))).as("a code typed in full").containsExactly("新凯" + tag + "社区");
		assertThat(names(search(tag + "&limit=2"))).as("a name that begins with the text before a shorter one")
			.containsExactly(tag + "号楼东侧车棚", "中" + tag + "街道");
		assertThat(search("荣乐 无此" + tag)).isEmpty();
	}

	@Test
	void eachPlaceSaysWhereItIsAndGivesAPointInsideIt() {
		JsonNode twins = api.get("/api/v1/places?q=第一网格" + tag).body();
		assertThat(twins.findValuesAsString("kind")).containsExactly("GRID", "GRID");
		List<String> around = new ArrayList<>();
		twins.forEach(grid -> around.add(grid.path("code").asString() + " in "
				+ String.join("/", grid.path("within").valueStream().map(JsonNode::asString).toList())));
		assertThat(around).containsExactlyInAnyOrder("g1%s in 荣乐%s社区/中%s街道".formatted(tag, tag, tag),
				"g2%s in 新凯%s社区/中%s街道".formatted(tag, tag, tag));

		JsonNode road = search("荣乐东路" + tag).get(0);
		assertThat(road.path("kind").asString()).isEqualTo("MEMBER");
		assertThat(road.path("memberKind").asString()).isEqualTo("road-section");
		assertThat(road.path("layer").asString()).isEqualTo(layer);
		assertThat(road.path("layerName").asString()).isEqualTo("Test layer " + layer);
		assertThat(road.path("grid").asString()).isEqualTo("g1" + tag);
		assertThat(road.path("within").valueStream().map(JsonNode::asString).toList())
			.containsExactly("第一网格" + tag, "荣乐" + tag + "社区", "中" + tag + "街道");
		assertThat(road.path("lat").asDouble()).as("on the road").isEqualTo(0.005);
		JsonNode school = search("荣乐" + tag + "小学").get(0);
		assertThat(school.path("lon").asDouble()).as("inside the school").isBetween(X + 0.01, X + 0.012);
		assertThat(school.path("lat").asDouble()).isBetween(0.01, 0.012);
		JsonNode located = api.get("/api/v1/grids/locate?lon=" + school.path("lon").asDouble() + "&lat="
				+ school.path("lat").asDouble()).body();
		assertThat(located.findValuesAsString("code")).contains("g1" + tag);
	}

	@Test
	void aSearchWithoutTextOrWithABadLimitIsRefusedByField() {
		assertThat(fields(api.get("/api/v1/places"))).containsExactly("q:REQUIRED");
		assertThat(fields(api.get("/api/v1/places?q=  "))).containsExactly("q:REQUIRED");
		assertThat(fields(api.get("/api/v1/places?q=" + "长".repeat(101)))).containsExactly("q:SIZE");
		assertThat(fields(api.get("/api/v1/places?q=荣乐&limit=0"))).containsExactly("limit:OUT_OF_RANGE");
		assertThat(fields(api.get("/api/v1/places?q=荣乐&limit=51"))).containsExactly("limit:OUT_OF_RANGE");
		assertThat(api.get("/api/v1/places?q=荣乐&limit=many").status()).isEqualTo(400);
	}

	private JsonNode search(String query) {
		Response response = api.get("/api/v1/places?q=" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static List<String> names(JsonNode places) {
		return places.valueStream().map(place -> place.path("name").asString()).toList();
	}

	private static List<String> fields(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		List<String> found = new ArrayList<>();
		response.body().path("errors").forEach(e -> found.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return found;
	}

	private static String box(String code, String name, String parent, String level, double west, double east) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,0.02],[%s,0.02],[%s,0]]]}}"""
			.formatted(code, name, parent == null ? "null" : "\"" + parent + "\"", level, X + west, X + east,
					X + east, X + west, X + west);
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
	}
}
