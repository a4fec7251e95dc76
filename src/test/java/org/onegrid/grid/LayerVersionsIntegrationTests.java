package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;
import static org.onegrid.grid.Fixtures.collection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A street's four areas become three: the import keeps the old boundaries as an earlier version, moves the teams,
 * units and rules of the vanished area to the area that took its territory, and moves the open cases that now lie
 * in another area. A dry run tells all of it and changes nothing.
 */
@IntegrationTest
class LayerVersionsIntegrationTests {

	private static final double X = 173.5;

	@Autowired
	TestApi api;

	private final String layer = "lv" + Long.toString(System.nanoTime() % 1_000_000, 36);

	@Test
	void aBoundaryChangeKeepsTheOldVersionAndMovesWhatNamedTheVanishedArea() {
		created(api.post("/api/v1/layers", Fixtures.layer(layer, "FREE", "街道", "片区")));
		imported(api.post(path("/import"), collection(street("S", 0.04), street("T", 0.06), area("A1", 0, 0.01),
				area("A2", 0.01, 0.02), area("A3", 0.02, 0.03), area("A4", 0.03, 0.04),
				feature("T1", "T", "片区", X + 0.04, 0, X + 0.06, 0.04))));
		long first = api.get(path("/versions")).body().get(0).path("version").asLong();
		long worker = person("a4", "A4", "full-time-worker");
		long twice = person("a3", "A3", "full-time-worker");
		long lonely = person("t1", "T1", "full-time-worker");
		created(api.post("/api/v1/teams/" + layer + "/A4/members", member(twice)));
		long rule = created(api.post("/api/v1/catalogue/rules", """
				{"kind":"COMPONENT","categoryCode":"0201","layerCode":"%s","gridCode":"A4","leadDepartment":"water",
				 "assistingDepartments":[]}""".formatted(layer))).path("id").asLong();
		assertThat(api.put("/api/v1/catalogue/area-classes/" + layer + "/A4", "{\"areaClass\":\"A\"}").status())
			.isEqualTo(200);
		long inA4 = reported(X + 0.035);
		long inA3 = reported(X + 0.0225);
		reported(X + 0.005);
		String threeAreas = collection(street("S", 0.04), area("A1", 0, 0.01), area("A2", 0.01, 0.025),
				area("A3", 0.025, 0.04));

		JsonNode dryRun = imported(api.post(path("/import?dryRun=true"), threeAreas));
		assertThat(fates(dryRun)).containsExactly("S:UNCHANGED:S", "T:REMOVED:null", "A1:UNCHANGED:A1",
				"A2:CHANGED:A2", "A3:CHANGED:A3", "A4:SUCCEEDED:A3", "T1:REMOVED:null");
		List<String> expected = List.of("team-member:" + worker + "/full-time-worker:A4:A3:MOVED",
				"team-member:" + twice + "/full-time-worker:A4:A3:DROPPED",
				"team-member:" + lonely + "/full-time-worker:T1:null:DROPPED", "unit:" + unit("a4") + ":A4:A3:MOVED",
				"unit:" + unit("t1") + ":T1:null:DROPPED", "responsibility-rule:" + rule + ":A4:A3:MOVED",
				"area-class-rule:A4:A4:A3:MOVED", "open-case:" + inA3 + ":A3:A2:MOVED",
				"open-case:" + inA4 + ":A4:A3:MOVED");
		assertThat(moves(dryRun)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(team("A4")).containsExactlyInAnyOrder(worker, twice);
		assertThat(api.get(path("/versions")).body()).hasSize(1);

		JsonNode applied = imported(api.post(path("/import"), threeAreas));
		assertThat(moves(applied)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(api.get("/api/v1/teams/" + layer + "/A4").status()).as("A4 is gone").isEqualTo(404);
		assertThat(team("A3")).containsExactlyInAnyOrder(worker, twice);
		assertThat(api.get("/api/v1/units/" + unit("a4")).body().path("gridCode").asString()).isEqualTo("A3");
		assertThat(api.get("/api/v1/units/" + unit("t1")).body().path("gridCode").isNull()).isTrue();
		assertThat(ruleGrid(rule)).isEqualTo("A3");

		JsonNode versions = api.get(path("/versions")).body();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).path("current").asBoolean()).isTrue();
		assertThat(versions.get(0).path("replacedVersion").asLong()).isEqualTo(first);
		assertThat(codes(api.get(path("/versions/" + first + "/export")).body()))
			.containsExactly("S", "T", "A1", "A2", "A3", "A4", "T1");
		assertThat(codes(api.get(path("/versions/" + applied.path("version").asLong() + "/export")).body()))
			.containsExactly("S", "A1", "A2", "A3");
		JsonNode changes = api.get(path("/versions/" + applied.path("version").asLong())).body();
		assertThat(moves(changes)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(api.get(path("/versions/1")).status()).isEqualTo(404);
	}

	private String street(String code, double east) {
		return feature(code, null, "街道", code.equals("S") ? X : X + 0.04, 0, X + east, 0.04);
	}

	private static String area(String code, double west, double east) {
		return feature(code, "S", "片区", X + west, 0, X + east, 0.04);
	}

	private String path(String rest) {
		return "/api/v1/layers/" + layer + rest;
	}

	private String unit(String grid) {
		return layer + "-" + grid;
	}

	private long person(String unit, String grid, String role) {
		assertThat(api.put("/api/v1/units/" + unit(unit), """
				{"name":"%s","kind":"AREA","parentCode":null,"layerCode":"%s","gridCode":"%s"}
				""".formatted(unit(unit), layer, grid)).status()).isIn(200, 201);
		long id = created(api.post("/api/v1/people", """
				{"name":"%s","unitCode":"%s","roles":["%s"]}""".formatted(unit(unit), unit(unit), role)))
			.path("id").asLong();
		created(api.post("/api/v1/teams/" + layer + "/" + grid + "/members", member(id)));
		return id;
	}

	private static String member(long person) {
		return "{\"personId\":" + person + ",\"role\":\"full-time-worker\"}";
	}

	private long reported(double lon) {
		return created(api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"reporter-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"边界调整测试 / Boundary change test","lon":%s,"lat":0.02}""".formatted(lon)))
			.path("id").asLong();
	}

	private List<Long> team(String grid) {
		List<Long> ids = new ArrayList<>();
		api.get("/api/v1/teams/" + layer + "/" + grid).body().forEach(m -> ids.add(m.path("personId").asLong()));
		return ids;
	}

	private String ruleGrid(long id) {
		for (JsonNode rule : api.get("/api/v1/catalogue/rules").body()) {
			if (rule.path("id").asLong() == id) {
				return rule.path("gridCode").asString();
			}
		}
		return null;
	}

	private static List<String> fates(JsonNode result) {
		List<String> fates = new ArrayList<>();
		result.path("succession").path("grids").forEach(g -> fates.add(g.path("code").asString() + ":"
				+ g.path("outcome").asString() + ":" + text(g.path("successor"))));
		return fates;
	}

	private static List<String> moves(JsonNode result) {
		List<String> moves = new ArrayList<>();
		result.path("moves").forEach(m -> moves.add(m.path("subject").asString() + ":" + m.path("id").asString() + ":"
				+ m.path("from").asString() + ":" + text(m.path("to")) + ":" + m.path("outcome").asString()));
		return moves;
	}

	private static String text(JsonNode value) {
		return value.isNull() ? "null" : value.asString();
	}

	private static List<String> codes(JsonNode collection) {
		List<String> codes = new ArrayList<>();
		collection.path("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
		return codes;
	}

	private static JsonNode imported(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static JsonNode created(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
		return response.body();
	}
}
