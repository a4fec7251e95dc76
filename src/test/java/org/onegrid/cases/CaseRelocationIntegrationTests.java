package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A street's four areas become three. Its open cases follow their territory into the area that holds them now:
 * their trail, their handling grid, who sees them and what they count towards move, and their timeline says so;
 * their state stays. A rejected case keeps the grids it was handled in. A dispatcher corrects a case's point the same
 * way, field by field checked; a grid worker may not. The kept counts equal a count made afresh.
 */
@IntegrationTest
class CaseRelocationIntegrationTests {

	private final double x = 150 + (System.nanoTime() % 200) / 10.0;

	private final String layer = "rl" + Long.toString(System.nanoTime() % 1_000_000, 36);

	@Autowired
	TestApi api;

	@Autowired
	CaseTallies tallies;

	@Autowired
	TallyFolding folding;

	@Autowired
	CaseTallyKeeping keeping;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void openCasesFollowTheirTerritoryAndTheirCountsMoveWithThem() {
		fourAreas();
		long accepted = reported(0.035);
		ok(api.post("/api/v1/cases/" + accepted + "/actions/accept", "{\"actor\":\"op-1\",\"role\":\"dispatcher\"}"));
		long waiting = reported(0.0225);
		long rejected = reported(0.036);
		ok(api.post("/api/v1/cases/" + rejected + "/actions/reject",
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\",\"reason\":\"重复 / A duplicate\"}"));
		long unchanged = reported(0.005);
		JsonNode before = api.get("/api/v1/cases/" + accepted).body();

		JsonNode result = ok(api.post(path("/import"), collection(feature("S", null, "街道", x, 0, x + 0.04, 0.04),
				area("A1", 0, 0.01), area("A2", 0.01, 0.025), area("A3", 0.025, 0.04))));

		assertThat(caseMoves(result)).containsExactlyInAnyOrder(accepted + ":A4:A3:MOVED", waiting + ":A3:A2:MOVED");
		JsonNode moved = api.get("/api/v1/cases/" + accepted).body();
		assertThat(trail(moved)).containsExactly("A3", "S");
		assertThat(moved.path("state").asString()).isEqualTo("ACCEPTED");
		assertThat(moved.path("version").asInt()).isEqualTo(before.path("version").asInt() + 1);
		assertThat(before.path("handlingGrid").asString()).as("一般 is handled by the community").isEqualTo("A4");
		assertThat(moved.path("handlingGrid").asString()).as("by the same level after the move").isEqualTo("A3");
		JsonNode step = moved.path("timeline").get(moved.path("timeline").size() - 1);
		assertThat(step.path("action").asString()).isEqualTo("relocate");
		assertThat(step.path("details").path("fromGrid").asString()).isEqualTo("A4");
		assertThat(step.path("details").path("toGrid").asString()).isEqualTo("A3");
		assertThat(step.path("details").path("layerVersion").asLong()).isEqualTo(result.path("version").asLong());
		assertThat(trail(api.get("/api/v1/cases/" + waiting).body())).containsExactly("A2", "S");
		assertThat(trail(api.get("/api/v1/cases/" + rejected).body())).as("a closed case keeps its grids")
			.containsExactly("A4", "S");
		assertThat(trail(api.get("/api/v1/cases/" + unchanged).body())).containsExactly("A1", "S");

		assertThat(tallies.open(scoped(layer + ":A3")).open()).as("the new area's team sees the moved case")
			.isEqualTo(1);
		assertThat(tallies.open(scoped(layer + ":A4")).open()).isZero();
		assertThat(openByArea()).as("the street's kept counts").containsExactlyInAnyOrderEntriesOf(
				Map.of("A1", 1L, "A2", 1L, "A3", 1L));

		keptCountsEqualACountAfresh();
	}

	@Test
	void aCaseOnAGridMemberFindsTheMemberInItsNewGrid() {
		fourAreas();
		ok(api.put(path("/members"), collection("""
				{"type":"Feature","properties":{"code":"depot","name":"示例车场","kind":"unit","grid":"A4",
				 "contact":"车场安保"},"geometry":{"type":"Polygon","coordinates":
				 [[[%1$s,0.015],[%2$s,0.015],[%2$s,0.025],[%1$s,0.015]]]}}""".formatted(x + 0.032, x + 0.038))));
		long id = ok(api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"reporter-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"车场内 / In the depot","lon":%s,"lat":0.016}""".formatted(x + 0.036))).path("id").asLong();
		assertThat(api.get("/api/v1/cases/" + id).body().path("member").path("grid").asString()).isEqualTo("A4");

		JsonNode result = ok(api.post(path("/import"), collection(feature("S", null, "街道", x, 0, x + 0.04, 0.04),
				area("A1", 0, 0.01), area("A2", 0.01, 0.025), area("A3", 0.025, 0.04))));

		assertThat(caseMoves(result)).containsExactly(id + ":A4:A3:MOVED");
		JsonNode member = api.get("/api/v1/cases/" + id).body().path("member");
		assertThat(member.path("code").asString() + "@" + member.path("grid").asString())
			.as("the case names its member in the grid the member moved to").isEqualTo("depot@A3");
		assertThat(member.path("contact").asString()).isEqualTo("车场安保");
	}

	@Test
	void aDispatcherCorrectsACasePointAndTheCaseMovesWithItsCounts() {
		fourAreas();
		String unit = "unit-" + layer;
		TestStaff.unitWith(api, unit, "AREA", null, layer, "S", "full-time-worker", "dispatcher");
		TestApi worker = api.as("full-time-worker-" + unit, TestStaff.PASSWORD);
		TestApi dispatcher = api.as("dispatcher-" + unit, TestStaff.PASSWORD);
		long id = reported(0.035);
		JsonNode before = api.get("/api/v1/cases/" + id).body();
		assertThat(CaseFixtures.strings(before.path("allowedActions"), null)).contains("relocate");
		String corrected = relocation(0.005, 0.01, "\"地址有误 / The reported address was wrong\"");

		assertThat(worker.post(relocate(id), corrected).status()).as("a grid worker may not move cases")
			.isEqualTo(403);
		assertThat(CaseFixtures.errors(dispatcher.post(relocate(id), "{\"lon\":200,\"reason\":\"\"}"), 400))
			.containsExactlyInAnyOrder("reason:REQUIRED", "lon:OUT_OF_RANGE", "lat:REQUIRED");
		assertThat(CaseFixtures.errors(dispatcher.post(relocate(id), relocation(0.02, -0.5, "\"远处 / Far away\"")),
				422)).containsExactly("lon:OUTSIDE_EVERY_GRID");
		assertThat(api.get("/api/v1/cases/" + id).body().path("version").asInt()).as("refusals change nothing")
			.isEqualTo(before.path("version").asInt());

		Map<String, Long> reportedBefore = reportedByGrid();

		JsonNode moved = ok(dispatcher.post(relocate(id), corrected));
		assertThat(trail(moved)).containsExactly("A1", "S");
		assertThat(moved.path("lon").asDouble()).isEqualTo(x + 0.005);
		assertThat(moved.path("lat").asDouble()).isEqualTo(0.01);
		assertThat(moved.path("state").asString()).isEqualTo(before.path("state").asString());
		JsonNode step = moved.path("timeline").get(moved.path("timeline").size() - 1);
		assertThat(step.path("action").asString()).isEqualTo("relocate");
		assertThat(step.path("details").path("fromGrid").asString()).isEqualTo("A4");
		assertThat(step.path("details").path("toGrid").asString()).isEqualTo("A1");
		assertThat(step.path("details").path("reason").asString()).startsWith("地址有误");
		assertThat(tallies.open(scoped(layer + ":A1")).open()).isEqualTo(1);
		assertThat(tallies.open(scoped(layer + ":A4")).open()).isZero();
		assertThat(openByArea()).containsExactlyInAnyOrderEntriesOf(Map.of("A1", 1L));
		assertThat(moved.path("handlingGrid").asString()).isEqualTo("A1");
		Map<String, Long> reportedAfter = reportedByGrid();
		assertThat(reportedAfter.getOrDefault("A1", 0L)).as("the grid that holds it answers for it")
			.isEqualTo(reportedBefore.getOrDefault("A1", 0L) + 1);
		assertThat(reportedAfter.getOrDefault("A4", 0L)).isEqualTo(reportedBefore.getOrDefault("A4", 0L) - 1);

		ok(api.post("/api/v1/cases/" + id + "/actions/reject",
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\",\"reason\":\"重复 / A duplicate\"}"));
		assertThat(dispatcher.post(relocate(id), corrected).status()).as("a closed case keeps its grids")
			.isEqualTo(409);
		keptCountsEqualACountAfresh();
	}

	/** The month's reports per grid, as the assessment counts them. */
	private Map<String, Long> reportedByGrid() {
		String month = YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))).toString();
		Response response = api.get("/api/v1/assessment/indicators?period=" + month + "&objectType=GRID");
		assertThat(response.status()).isEqualTo(200);
		Map<String, Long> reported = new HashMap<>();
		response.body().path("rows").forEach(row -> reported.put(row.path("object").asString(),
				row.path("values").path("reported").asLong()));
		return reported;
	}

	private void fourAreas() {
		ok(api.post("/api/v1/layers", """
				{"code":"%s","name":"Relocation %s","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE"}
				""".formatted(layer, layer)));
		ok(api.post(path("/import"), collection(feature("S", null, "街道", x, 0, x + 0.04, 0.04), area("A1", 0, 0.01),
				area("A2", 0.01, 0.02), area("A3", 0.02, 0.03), area("A4", 0.03, 0.04))));
	}

	private String relocation(double east, double lat, String reason) {
		return "{\"lon\":%s,\"lat\":%s,\"reason\":%s}".formatted(x + east, lat, reason);
	}

	private static String relocate(long id) {
		return "/api/v1/cases/" + id + "/actions/relocate";
	}

	/** Takes in every pending change, then checks the kept counts against a count made afresh. */
	private void keptCountsEqualACountAfresh() {
		folding.fold();
		List<Map<String, Object>> kept = CaseTallyKeepingIntegrationTests.keptRows(jdbc);
		keeping.rebuild();
		assertThat(CaseTallyKeepingIntegrationTests.keptRows(jdbc)).as("the counts kept through the move equal a "
				+ "count made afresh").isEqualTo(kept);
	}

	private long reported(double east) {
		return ok(api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"reporter-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"区划调整测试 / Boundary change test","lon":%s,"lat":0.02}""".formatted(x + east)))
			.path("id").asLong();
	}

	private Map<String, Long> openByArea() {
		Map<String, Long> open = new HashMap<>();
		tallies.openByLevel("社区", scoped(layer + ":S")).stream().filter(t -> t.layer().equals(layer))
			.forEach(t -> open.put(t.code(), t.open()));
		return open;
	}

	private List<String> trail(JsonNode c) {
		List<String> codes = new ArrayList<>();
		for (JsonNode trail : c.path("gridTrails")) {
			if (trail.path("layer").asString().equals(layer)) {
				trail.path("grids").forEach(g -> codes.add(g.path("code").asString()));
			}
		}
		return codes;
	}

	private static List<String> caseMoves(JsonNode result) {
		List<String> moves = new ArrayList<>();
		result.path("moves").forEach(m -> {
			if (m.path("subject").asString().equals("open-case")) {
				moves.add(m.path("id").asString() + ":" + m.path("from").asString() + ":" + m.path("to").asString()
						+ ":" + m.path("outcome").asString());
			}
		});
		return moves;
	}

	private String area(String code, double west, double east) {
		return feature(code, "S", "社区", x + west, 0, x + east, 0.04);
	}

	private static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private String path(String rest) {
		return "/api/v1/layers/" + layer + rest;
	}

	private static Grant scoped(String gridKey) {
		return new Grant("relocation-reader", List.of("dispatcher"), null, Set.of("case:read"), false, Set.of(gridKey),
				Set.of(), Set.of(), false);
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
		return response.body();
	}
}
