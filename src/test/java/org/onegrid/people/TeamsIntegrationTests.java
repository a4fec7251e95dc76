package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsIntegrationTests {

	/** The 丽水 city-management grid plan's 1+1+1+5+X for micro-grids. */
	private static final String TEMPLATE = """
			{"name":"1+1+1+5+X","levelName":"微网格","slots":[
			 {"role":"grid-chief","count":1},{"role":"grid-instructor","count":1},{"role":"full-time-worker","count":1},
			 {"role":"specialist-worker","department":"urban-management","count":1},
			 {"role":"specialist-worker","department":"municipal-works","count":1},
			 {"role":"specialist-worker","department":"sanitation","count":1},
			 {"role":"specialist-worker","department":"market-supervision","count":1},
			 {"role":"specialist-worker","department":"police-station","count":1},
			 {"role":"optional-worker","count":0}]}""";

	private static final List<String> LINES = List.of("urban-management", "municipal-works", "sanitation",
			"market-supervision", "police-station");

	@Autowired
	TestApi api;

	private PeopleFixtures fixtures;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.layer("ppl-team", 30, 12);
		fixtures.unit("team-street", "STREET", null);
		assertThat(api.put("/api/v1/team-templates/ppl-team", TEMPLATE).status()).isEqualTo(200);
	}

	@Test
	void assignsPeopleToManyGridsAndGridsToManyPeople() {
		long worker = fixtures.person("张网格", "team-street", null, "full-time-worker", "grid-chief");
		long other = fixtures.person("李网格", "team-street", null, "full-time-worker");
		fixtures.assign("ppl-team", "C2", worker, "full-time-worker");
		fixtures.assign("ppl-team", "C2", worker, "grid-chief");
		fixtures.assign("ppl-team", "C2", other, "full-time-worker");
		fixtures.assign("ppl-team", "M1A", worker, "full-time-worker");

		assertThat(api.get("/api/v1/teams/ppl-team/C2").body().size()).isEqualTo(3);
		assertThat(api.get("/api/v1/people/" + worker + "/grids").body().size()).isEqualTo(3);
		Response again = api.post("/api/v1/teams/ppl-team/C2/members", "{\"personId\":" + other + ",\"role\":\"full-time-worker\"}");
		assertThat(again.status()).isEqualTo(200);

		assertThat(api.delete("/api/v1/teams/ppl-team/C2/members/" + other + "/full-time-worker").status()).isEqualTo(204);
		assertThat(api.get("/api/v1/teams/ppl-team/C2").body().size()).isEqualTo(2);
	}

	@Test
	void refusesAMemberInARoleTheyDoNotHold() {
		long worker = fixtures.person("王网格", "team-street", null, "optional-worker");
		Response response = api.post("/api/v1/teams/ppl-team/M2A/members", "{\"personId\":" + worker + ",\"role\":\"grid-chief\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("code").asString()).isEqualTo("NOT_HELD");
		assertThat(fields(api.post("/api/v1/teams/ppl-team/M2A/members", "{}"))).containsExactly("personId", "role");
		assertThat(api.post("/api/v1/teams/ppl-team/NOPE/members", "{\"personId\":" + worker + ",\"role\":\"optional-worker\"}")
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/teams/ppl-team/M2A").body().toString()).doesNotContain("王网格");
	}

	@Test
	void reportsGridsWhoseTeamFallsShortOfTheTemplate() {
		fullTeam("M1B", "police-station");
		fullTeam("M2A", "police-station");
		fullTeam("M1A", "sanitation");

		JsonNode report = api.get("/api/v1/team-templates/ppl-team/completeness").body();
		assertThat(report.path("checked").asInt()).isEqualTo(3);
		assertThat(report.path("complete").asInt()).isEqualTo(2);
		JsonNode incomplete = report.path("incomplete");
		assertThat(incomplete.size()).isEqualTo(1);
		assertThat(incomplete.get(0).path("gridCode").asString()).isEqualTo("M1A");
		JsonNode missing = incomplete.get(0).path("missing").get(0);
		assertThat(missing.path("role").asString()).isEqualTo("specialist-worker");
		assertThat(missing.path("department").asString()).isEqualTo("police-station");
		assertThat(missing.path("required").asInt()).isEqualTo(1);
		assertThat(missing.path("present").asInt()).isEqualTo(0);

		JsonNode east = api.get("/api/v1/team-templates/ppl-team/completeness?root=C2").body();
		assertThat(east.path("checked").asInt()).isEqualTo(1);
		assertThat(east.path("incomplete").size()).isZero();
	}

	@Test
	void importsATeamRosterInBulkAllOrNothing() {
		long worker = fixtures.person("赵网格", "team-street", null, "full-time-worker");
		Response bad = api.post("/api/v1/teams/ppl-team", """
				[{"gridCode":"M1A","personId":%d,"role":"full-time-worker"},{"gridCode":"NOPE","personId":%d,"role":"full-time-worker"},
				 {"gridCode":"M1B","personId":%d,"role":"grid-chief"}]""".formatted(worker, worker, worker));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("[1].gridCode", "[2].role");
		assertThat(api.get("/api/v1/people/" + worker + "/grids").body().size()).isZero();

		Response good = api.post("/api/v1/teams/ppl-team", """
				[{"gridCode":"M1A","personId":%d,"role":"full-time-worker"},{"gridCode":"M1B","personId":%d,"role":"full-time-worker"}]"""
			.formatted(worker, worker));
		assertThat(good.body().path("added").asInt()).isEqualTo(2);
		assertThat(api.get("/api/v1/people/" + worker + "/grids").body().size()).isEqualTo(2);
	}

	@Test
	void refusesABadTemplateFieldByField() {
		Response bad = api.put("/api/v1/team-templates/ppl-team", """
				{"name":"","levelName":"星球","slots":[{"role":"wizard","count":1},
				 {"role":"specialist-worker","department":"nosuch","count":-1}]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("name", "levelName", "slots[0].role", "slots[1].department",
				"slots[1].count");
		assertThat(api.get("/api/v1/team-templates/ppl-team").body().path("slots").size()).isEqualTo(9);
		assertThat(api.get("/api/v1/team-templates/nosuch-layer").status()).isEqualTo(404);
	}

	/** A 1+1+1+5 team for the grid, with the fifth specialist from {@code fifthLine} instead of the police. */
	private void fullTeam(String grid, String fifthLine) {
		for (String role : List.of("grid-chief", "grid-instructor", "full-time-worker")) {
			fixtures.assign("ppl-team", grid, fixtures.person(role + grid, "team-street", null, role), role);
		}
		List<String> lines = new ArrayList<>(LINES.subList(0, 4));
		lines.add(fifthLine);
		for (String line : lines) {
			long specialist = fixtures.person("专业" + line + grid, "team-street", line, "specialist-worker");
			fixtures.assign("ppl-team", grid, specialist, "specialist-worker");
		}
	}
}
