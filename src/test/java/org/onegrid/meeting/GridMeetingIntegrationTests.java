package org.onegrid.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestLayers;
import org.onegrid.TestStaff;
import org.onegrid.cases.CaseFixtures;
import org.onegrid.cases.LightSweep;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A grid level's standing meeting (网格工作例会): on its day every grid of the level sits once, however often and
 * on however many instances at once the sweep runs, with that grid's stuck cases on its agenda and not its
 * neighbour's; out of turn only someone serving the grid in a caller role calls it; that person finds the grids they
 * serve in their own account and reads the rules of their grid's level; bad rules and calls are refused field by
 * field.
 */
@IntegrationTest
class GridMeetingIntegrationTests {

	private static final String LAYER = "gmt";

	private static final String UNIT = "gmt-street";

	private static final String RULES = "/api/v1/layers/" + LAYER + "/levels/网格/meeting-rules";

	private static final String ROUTINE = """
			{"kind":"ROUTINE","name":"网格工作例会","cadence":"MONTHLY","workingDay":1,"at":"09:00",
			 "lengthMinutes":90,"callerRoles":["grid-chief","leader"],"agenda":["OVERDUE"]}""";

	private static Long chief;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep lights;

	@Autowired
	MeetingSchedule schedule;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
		layer();
		clock.setShanghai("2026-04-13T09:00");
	}

	@AfterEach
	void removeRulesAndResetClock() {
		for (JsonNode rule : api.get(RULES).body()) {
			api.delete(RULES + "/" + rule.path("code").asString());
		}
		clock.reset();
	}

	@Test
	void theSweepCallsEachGridsMeetingOnceWithOnlyThatGridsStuckCases() {
		long inFirst = overdue(41.02);
		long inSecond = overdue(41.07);
		Response put = api.put(RULES + "/grid-routine", ROUTINE);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
		assertThat(put.body().path("grid").path("level").asString()).isEqualTo("网格");
		assertThat(put.body().path("unitCode").isNull()).isTrue();

		clock.setShanghai("2026-06-01T09:10");
		lights.sweep();
		CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(schedule::callDue);
		schedule.callDue();
		otherInstance.join();
		schedule.callDue();
		clock.setShanghai("2026-06-02T09:10");
		schedule.callDue();

		JsonNode first = onlySitting("GG1");
		assertThat(first.path("gridCode").asString()).isEqualTo("GG1");
		assertThat(first.path("layerCode").asString()).isEqualTo(LAYER);
		assertThat(first.path("kindName").asString()).isEqualTo("例会");
		assertThat(first.path("startsAt").asString()).isEqualTo("2026-06-01T01:00:00Z");
		assertThat(caseIds(first)).contains(inFirst).doesNotContain(inSecond);
		JsonNode second = onlySitting("GG2");
		assertThat(caseIds(second)).contains(inSecond).doesNotContain(inFirst);
		assertThat(sittings("GS1")).isEmpty();
		assertThat(api.get("/api/v1/meetings/" + first.path("id").asLong()).status()).isEqualTo(200);
	}

	@Test
	void outOfTurnOnlyWhoServesTheGridInACallerRoleCallsItsMeeting() {
		assertThat(api.put(RULES + "/grid-routine", ROUTINE).status()).isEqualTo(200);
		TestApi gridChief = api.as("gmt-chief", TestStaff.PASSWORD);
		int inSecond = api.get(meetings("GG2")).body().size();
		String call = "{\"rule\":\"grid-routine\"}";

		Response own = gridChief.post(meetings("GG1"), call);
		assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
		assertThat(own.body().path("title").asString()).isEqualTo("网格工作例会");
		assertThat(own.body().path("calledBy").asString()).isEqualTo("gmt-chief");
		assertThat(gridChief.get("/api/v1/meetings/" + own.body().path("id").asLong()).status()).isEqualTo(200);

		assertThat(gridChief.post(meetings("GG2"), call).status()).isEqualTo(403);
		Response leader = api.as("leader-" + UNIT, TestStaff.PASSWORD).post(meetings("GG1"), call);
		assertThat(leader.status()).as(leader.body().toString()).isEqualTo(403);
		assertThat(leader.contentType()).startsWith("application/problem+json");
		assertThat(api.get(meetings("GG2")).body().size()).isEqualTo(inSecond);
	}

	@Test
	void aGridChiefFindsTheGridsTheyServeInTheirOwnAccount() {
		JsonNode me = api.as("gmt-chief", TestStaff.PASSWORD).get("/api/v1/auth/me").body();
		assertThat(me.path("username").asString()).isEqualTo("gmt-chief");
		assertThat(me.path("displayName").asString()).isEqualTo("例会网格长");
		assertThat(me.path("roles").toString()).isEqualTo("[\"grid-chief\"]");
		assertThat(me.path("personId").asLong()).isEqualTo(chief);
		assertThat(me.path("grids").size()).isEqualTo(1);
		JsonNode grid = me.path("grids").get(0);
		assertThat(grid.path("layerCode").asString()).isEqualTo(LAYER);
		assertThat(grid.path("gridCode").asString()).isEqualTo("GG1");
		assertThat(grid.path("gridName").asString()).isEqualTo("一号网格");
		assertThat(grid.path("levelName").asString()).isEqualTo("网格");
		assertThat(grid.path("role").asString()).isEqualTo("grid-chief");
		JsonNode leader = api.as("leader-" + UNIT, TestStaff.PASSWORD).get("/api/v1/auth/me").body();
		assertThat(leader.path("username").asString()).isEqualTo("leader-" + UNIT);
		assertThat(leader.path("grids").isArray()).isTrue();
		assertThat(leader.path("grids").size()).isZero();
	}

	@Test
	void aGridOfARemovedLayerDropsOutOfTheAccountsGrids() {
		Response person = api.post("/api/v1/people", """
				{"name":"两层网格长","unitCode":"%s","roles":["grid-chief"]}""".formatted(UNIT));
		long id = person.body().path("id").asLong();
		String username = "gmt-two-layers-" + id;
		assertThat(api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"两层网格长","password":"%s","roles":["grid-chief"],"personId":%d}
				""".formatted(username, TestStaff.PASSWORD, id)).status()).isEqualTo(201);
		String gone = "gmt-gone-" + id;
		TestLayers.oneGrid(api, gone, "将删除的网格层", "网格", "GONE1", "将删除的网格", 41.2);
		for (String[] grid : new String[][] { { LAYER, "GG2" }, { gone, "GONE1" } }) {
			assertThat(api.post("/api/v1/teams/" + grid[0] + "/" + grid[1] + "/members",
					"{\"personId\":" + id + ",\"role\":\"grid-chief\"}").status()).isIn(200, 201);
		}
		TestApi twoLayers = api.as(username, TestStaff.PASSWORD);
		assertThat(twoLayers.get("/api/v1/auth/me").body().path("grids").size()).isEqualTo(2);

		assertThat(api.delete("/api/v1/layers/" + gone).status()).isEqualTo(204);
		Response me = twoLayers.get("/api/v1/auth/me");
		assertThat(me.status()).as(me.body().toString()).isEqualTo(200);
		assertThat(me.body().path("grids").size()).isEqualTo(1);
		assertThat(me.body().path("grids").get(0).path("gridCode").asString()).isEqualTo("GG2");
	}

	@Test
	void aGridChiefReadsTheRulesOfTheirGridsLevelButNotTheWholeLayers() {
		assertThat(api.put(RULES + "/grid-routine", ROUTINE).status()).isEqualTo(200);
		TestApi gridChief = api.as("gmt-chief", TestStaff.PASSWORD);

		Response own = gridChief.get(RULES + "?grid=GG1");
		assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
		assertThat(own.body().size()).isEqualTo(1);
		assertThat(own.body().get(0).path("code").asString()).isEqualTo("grid-routine");
		assertThat(gridChief.get(RULES).status()).isEqualTo(403);
		assertThat(gridChief.get(RULES + "?grid=GG2").status()).isEqualTo(403);
		assertThat(gridChief.get(RULES + "?grid=nope").status()).isEqualTo(403);
		assertThat(api.anonymous().get(RULES + "?grid=GG1").status()).isEqualTo(401);

		assertThat(fields(api.get(RULES + "?grid=GS1"))).containsExactly("grid");
		Response unknown = api.get(RULES + "?grid=nope");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(api.get(RULES).body().size()).isEqualTo(1);
	}

	@Test
	void badRulesAndCallsAreRefusedFieldByFieldAndChangeNothing() {
		Response bad = api.put("/api/v1/layers/" + LAYER + "/levels/村/meeting-rules/Bad Code", """
				{"kind":"PARTY","name":"例会","cadence":"MONTHLY","at":"09:00","callerRoles":["nobody"]}""");
		assertThat(fields(bad)).containsExactly("level", "code", "kind", "callerRoles");
		assertThat(api.put("/api/v1/layers/no-such-layer/levels/网格/meeting-rules/x", ROUTINE).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/layers/" + LAYER + "/levels/村/meeting-rules").status()).isEqualTo(400);
		assertThat(api.put("/api/v1/units/" + UNIT + "/meeting-rules/unit-owned", ROUTINE).status()).isEqualTo(200);
		assertThat(api.put(RULES + "/unit-owned", ROUTINE).status()).isEqualTo(409);
		assertThat(api.get(RULES).body().size()).isZero();
		assertThat(api.delete(RULES + "/unit-owned").status()).isEqualTo(404);
		api.delete("/api/v1/units/" + UNIT + "/meeting-rules/unit-owned");

		assertThat(api.put(RULES + "/grid-routine", ROUTINE).status()).isEqualTo(200);
		int held = api.get(meetings("GG1")).body().size();
		assertThat(fields(api.post(meetings("GG1"), "{\"lengthMinutes\":5}"))).containsExactly("rule",
				"lengthMinutes");
		assertThat(fields(api.post(meetings("GS1"), "{\"rule\":\"grid-routine\"}"))).containsExactly("rule");
		assertThat(api.post(meetings("nope"), "{\"rule\":\"grid-routine\"}").status()).isEqualTo(404);
		assertThat(api.get(meetings("GG1")).body().size()).isEqualTo(held);
		assertThat(api.anonymous().put(RULES + "/grid-routine", ROUTINE).status()).isEqualTo(401);
		assertThat(api.as("gmt-chief", TestStaff.PASSWORD).put(RULES + "/grid-routine", ROUTINE).status())
			.isEqualTo(403);
	}

	private List<JsonNode> sittings(String grid) {
		List<JsonNode> sittings = new ArrayList<>();
		api.get(meetings(grid) + "?from=2026-05-31T00:00:00Z&to=2026-06-30T00:00:00Z").body().forEach(m -> {
			if (m.path("calledBy").asString().equals("rule:grid-routine")) {
				sittings.add(m);
			}
		});
		return sittings;
	}

	private JsonNode onlySitting(String grid) {
		List<JsonNode> sittings = sittings(grid);
		assertThat(sittings).as(grid).hasSize(1);
		return sittings.get(0);
	}

	private static String meetings(String grid) {
		return "/api/v1/layers/" + LAYER + "/grids/" + grid + "/meetings";
	}

	private static List<Long> caseIds(JsonNode meeting) {
		List<Long> ids = new ArrayList<>();
		meeting.path("agenda").forEach(item -> ids.add(item.path("caseId").asLong()));
		return ids;
	}

	/** A street grid GS1 with two 网格 below it, GG1 (41.0–41.05° E) and GG2 (41.05–41.1° E), and GG1's 网格长. */
	private synchronized void layer() {
		if (chief != null) {
			return;
		}
		if (api.get("/api/v1/layers/" + LAYER).status() != 200) {
			assertThat(api.post("/api/v1/layers", """
					{"code":"gmt","name":"网格例会测试","kind":"city-management","levelNames":["街道","网格"],
					 "codeRule":"FREE"}""").status()).isIn(200, 201);
			Response imported = api.post("/api/v1/layers/" + LAYER + "/import", """
					{"type":"FeatureCollection","features":[%s,%s,%s]}""".formatted(
					feature("GS1", "例会街道", null, "街道", 41.0, 41.1), feature("GG1", "一号网格", "GS1", "网格", 41.0, 41.05),
					feature("GG2", "二号网格", "GS1", "网格", 41.05, 41.1)));
			assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		}
		TestStaff.unitWith(api, UNIT, "STREET", null, LAYER, "GS1", "leader");
		Response person = api.post("/api/v1/people", """
				{"name":"例会网格长","unitCode":"%s","roles":["grid-chief"]}""".formatted(UNIT));
		assertThat(person.status()).as(person.body().toString()).isEqualTo(201);
		long id = person.body().path("id").asLong();
		assertThat(api.post("/api/v1/accounts", """
				{"username":"gmt-chief","displayName":"例会网格长","password":"%s","roles":["grid-chief"],"personId":%d}
				""".formatted(TestStaff.PASSWORD, id)).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/teams/" + LAYER + "/GG1/members",
				"{\"personId\":" + id + ",\"role\":\"grid-chief\"}").status()).isIn(200, 201);
		chief = id;
	}

	private static String feature(String code, String name, String parent, String level, double west, double east) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,0.05],[%s,0.05],[%s,0]]]}}"""
			.formatted(code, name, parent == null ? "null" : "\"" + parent + "\"", level, west, east, east, west,
					west);
	}

	private long overdue(double lon) {
		Response reported = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"网格例会测试 / Grid meeting test","lon":%s,"lat":0.02}""".formatted(lon));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		long id = reported.body().path("id").asLong();
		for (String[] step : new String[][] { { "accept", "" }, { "file", ",\"conditionMet\":true" },
			{ "dispatch", "" }, { "sign", "" } }) {
			Response response = api.post("/api/v1/cases/" + id + "/actions/" + step[0],
					"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + step[1] + "}");
			assertThat(response.status()).as(step[0] + ": " + response.body()).isEqualTo(200);
		}
		return id;
	}

	private static List<String> fields(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
