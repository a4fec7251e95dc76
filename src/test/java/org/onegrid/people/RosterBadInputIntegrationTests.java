package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.Collections;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad roster patterns and team lines are refused field by field and write nothing; a pattern of thousands of
 * colliding shifts is answered quickly with a bounded list of problems.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterBadInputIntegrationTests {

	@Autowired
	TestApi api;

	private long leader;

	@BeforeAll
	void setUp() {
		var fixtures = new PeopleFixtures(api);
		fixtures.unit("bad-roster", "STREET", null);
		leader = fixtures.person("值班员", "bad-roster", null, "leader");
	}

	@Test
	void refusesNullShiftsAndNullPeopleFieldByField() {
		Response response = api.post("/api/v1/units/bad-roster/roster/pattern", """
				{"from":"2026-05-02","days":1,"shifts":[null,
				 {"duty":"leader","start":"08:00","end":"20:00","people":[%d,null]}]}""".formatted(leader));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("shifts[0]", "shifts[1].people[1]");
		assertThat(shifts()).isZero();
	}

	@Test
	void refusesAFirstDateFarOutOfRange() {
		for (String from : new String[] { "+999999999-12-31", "-999999999-01-01", "1999-12-31" }) {
			Response response = api.post("/api/v1/units/bad-roster/roster/pattern", """
					{"from":"%s","days":1,"shifts":[{"duty":"leader","start":"08:00","end":"20:00","people":[%d]}]}"""
				.formatted(from, leader));
			assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
			assertThat(fields(response)).containsExactly("from");
		}
		assertThat(shifts()).isZero();
	}

	@Test
	void answersThousandsOfDuplicateShiftsWithAtMostAHundredProblems() {
		String shift = "{\"duty\":\"leader\",\"start\":\"08:00\",\"end\":\"20:00\",\"people\":[" + leader + "]}";
		Response response = api.post("/api/v1/units/bad-roster/roster/pattern", "{\"from\":\"2026-05-02\",\"days\":1,"
				+ "\"shifts\":[" + String.join(",", Collections.nCopies(4000, shift)) + "]}");
		assertThat(response.status()).as(response.body().path("detail").asString()).isEqualTo(409);
		assertThat(response.body().path("errors").size()).isEqualTo(100);
		assertThat(response.body().path("moreErrors").asInt()).isEqualTo(3899);
		assertThat(response.body().path("errors").get(0).path("code").asString()).isEqualTo("OVERLAP");
		assertThat(shifts()).isZero();
	}

	@Test
	void refusesTeamLinesThatAreNullOrLackTheirRole() {
		Response response = api.post("/api/v1/teams/nosuch-layer-for-nulls", "[]");
		assertThat(response.status()).isEqualTo(404);
		var fixtures = new PeopleFixtures(api);
		fixtures.layer("null-team", 60, 0);
		response = api.post("/api/v1/teams/null-team", """
				[null,{"gridCode":"S","personId":%d},{"gridCode":"S","role":"leader"}]""".formatted(leader));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("[0]", "[1].role", "[2].personId");
		assertThat(api.get("/api/v1/teams/null-team/S").body().size()).isZero();
	}

	private int shifts() {
		return api.get("/api/v1/units/bad-roster/roster?from=2026-05-01T00:00:00Z&to=2026-05-10T00:00:00Z").body()
			.size();
	}
}
