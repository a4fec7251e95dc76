package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A layer has a team template per level: a station head at each community above the teams of its micro-grids. Each
 * grid takes posts from, and is measured against, the template of its own level; a template without a level still
 * applies to the layer's leaf grids.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamLevelsIntegrationTests {

	private static final String STATION = """
			{"name":"社区工作站","levelName":"社区","slots":[{"role":"lvl-station-head","count":1}]}""";

	private static final String GRID_TEAM = """
			{"name":"微网格队伍","levelName":"微网格","slots":[{"role":"full-time-worker","count":1},
			 {"role":"optional-worker","count":0}]}""";

	@Autowired
	TestApi api;

	@Autowired
	TeamCompleteness completeness;

	private PeopleFixtures fixtures;

	private long head;

	private long worker;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.layer("lvl-two", 41, 17);
		fixtures.layer("lvl-old", 43, 17);
		fixtures.unit("lvl-street", "STREET", null);
		if (api.get("/api/v1/roles/lvl-station-head").status() == 404) {
			assertThat(api.put("/api/v1/roles/lvl-station-head", """
					{"nameZh":"工作站站长","nameEn":"Station head","scope":"GRID","permissions":["case:read"]}
					""").status()).isEqualTo(201);
		}
		assertThat(api.put("/api/v1/team-templates/lvl-two", STATION).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/team-templates/lvl-two", GRID_TEAM).status()).isEqualTo(200);
		head = fixtures.person("级站长", "lvl-street", null, "lvl-station-head", "full-time-worker");
		worker = fixtures.person("级网格员", "lvl-street", null, "full-time-worker");
		fixtures.assign("lvl-two", "C1", head, "lvl-station-head");
		fixtures.assign("lvl-two", "M1A", worker, "full-time-worker");
	}

	@Test
	void keepsOneTemplatePerLevelOfALayer() {
		JsonNode all = api.get("/api/v1/team-templates?layer=lvl-two").body();
		assertThat(all.findValuesAsString("levelName")).containsExactlyInAnyOrder("社区", "微网格");
		assertThat(api.get("/api/v1/team-templates/lvl-two?level=社区").body().path("name").asString())
			.isEqualTo("社区工作站");
		assertThat(api.get("/api/v1/team-templates/lvl-two?level=2").body().path("name").asString())
			.isEqualTo("微网格队伍");
		assertThat(api.get("/api/v1/team-templates/lvl-two?level=街道").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/team-templates/lvl-two?level=星球").status()).isEqualTo(400);

		assertThat(api.put("/api/v1/team-templates/lvl-two", STATION.replace("社区工作站", "社区工作站(改)")).status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/team-templates?layer=lvl-two").body().size()).isEqualTo(2);
		assertThat(api.get("/api/v1/team-templates/lvl-two?level=社区").body().path("name").asString())
			.isEqualTo("社区工作站(改)");
		assertThat(api.put("/api/v1/team-templates/lvl-two", STATION).status()).isEqualTo(200);
	}

	@Test
	void takesOnlyThePostsOfTheGridsOwnLevel() {
		assertThat(api.get("/api/v1/teams/lvl-two/C1").body().findValuesAsString("role"))
			.containsExactly("lvl-station-head");
		assertThat(api.get("/api/v1/teams/lvl-two/M1A").body().findValuesAsString("role"))
			.containsExactly("full-time-worker");

		Response headOnAMicroGrid = api.post("/api/v1/teams/lvl-two/M1B/members",
				"{\"personId\":" + head + ",\"role\":\"lvl-station-head\"}");
		assertThat(headOnAMicroGrid.status()).isEqualTo(400);
		JsonNode error = headOnAMicroGrid.body().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("role");
		assertThat(error.path("code").asString()).isEqualTo("NOT_IN_TEMPLATE");
		assertThat(error.path("detail").asString()).contains("微网格队伍", "lvl-station-head");
		assertThat(api.post("/api/v1/teams/lvl-two/C2/members", "{\"personId\":" + worker
				+ ",\"role\":\"full-time-worker\"}").status()).isEqualTo(400);

		Response bulk = api.post("/api/v1/teams/lvl-two", """
				[{"gridCode":"M2A","personId":%d,"role":"full-time-worker"},
				 {"gridCode":"C2","personId":%d,"role":"full-time-worker"}]""".formatted(worker, worker));
		assertThat(bulk.status()).isEqualTo(400);
		assertThat(fields(bulk)).containsExactly("[1].role");
		assertThat(api.get("/api/v1/teams/lvl-two/M2A").body().size()).isZero();

		long other = fixtures.person("级街道员", "lvl-street", null, "full-time-worker");
		fixtures.assign("lvl-two", "S", other, "full-time-worker");
	}

	@Test
	void measuresEachGridAgainstItsOwnLevelsTemplate() {
		JsonNode report = api.get("/api/v1/team-templates/lvl-two/completeness").body();
		assertThat(report.path("checked").asInt()).as(report.toString()).isEqualTo(5);
		assertThat(report.path("complete").asInt()).isEqualTo(2);
		assertThat(report.path("incomplete").findValuesAsString("gridCode"))
			.containsExactlyInAnyOrder("C2", "M1B", "M2A");
		JsonNode c2 = report.path("incomplete").get(0);
		assertThat(c2.path("gridCode").asString()).isEqualTo("C2");
		assertThat(c2.path("levelName").asString()).isEqualTo("社区");
		assertThat(c2.path("missing").get(0).path("role").asString()).isEqualTo("lvl-station-head");
		assertThat(report.path("levels").size()).isEqualTo(2);

		JsonNode communities = api.get("/api/v1/team-templates/lvl-two/completeness?level=社区").body();
		assertThat(communities.path("template").asString()).isEqualTo("社区工作站");
		assertThat(communities.path("checked").asInt()).isEqualTo(2);
		assertThat(communities.path("complete").asInt()).isEqualTo(1);

		assertThat(completeness.vacancies("lvl-two")).isEqualTo(Map.of("C1", 0, "C2", 1, "M1A", 0, "M1B", 1,
				"M2A", 1));
	}

	@Test
	void aTemplateWithoutALevelStillAppliesToTheLeafGrids() {
		assertThat(api.put("/api/v1/team-templates/lvl-old", """
				{"name":"老模板","slots":[{"role":"full-time-worker","count":1}]}""").status()).isEqualTo(200);
		JsonNode stored = api.get("/api/v1/team-templates/lvl-old").body();
		assertThat(stored.path("name").asString()).isEqualTo("老模板");
		assertThat(stored.path("levelName").isNull()).isTrue();

		long oldWorker = fixtures.person("老网格员", "lvl-street", null, "full-time-worker", "optional-worker");
		fixtures.assign("lvl-old", "M1A", oldWorker, "full-time-worker");
		fixtures.assign("lvl-old", "C1", oldWorker, "optional-worker");
		assertThat(api.post("/api/v1/teams/lvl-old/M1B/members", "{\"personId\":" + oldWorker
				+ ",\"role\":\"optional-worker\"}").status()).isEqualTo(400);

		JsonNode report = api.get("/api/v1/team-templates/lvl-old/completeness").body();
		assertThat(report.path("template").asString()).isEqualTo("老模板");
		assertThat(report.path("checked").asInt()).isEqualTo(3);
		assertThat(report.path("complete").asInt()).isEqualTo(1);
		assertThat(completeness.vacancies("lvl-old")).containsOnlyKeys("M1A", "M1B", "M2A");
	}
}
