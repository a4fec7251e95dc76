package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 中山 street's 多格合一 plan's command: by day (08:00–20:00 Shanghai, 00:00–12:00 UTC) a street leader, by night the
 * police station's leader. The roster runs 2 and 3 March 2026.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutyRosterIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	DutyRoster roster;

	private PeopleFixtures fixtures;

	private long streetLeader;

	private long policeLeader;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.unit("duty-street", "STREET", null);
		fixtures.unit("duty-other", "STATION", "duty-street");
		streetLeader = fixtures.person("街道领导", "duty-street", null, "leader");
		policeLeader = fixtures.person("所领导", "duty-street", "police-station", "leader");
		Response pattern = api.post("/api/v1/units/duty-street/roster/pattern", """
				{"from":"2026-03-02","days":2,"shifts":[
				 {"duty":"leader","start":"08:00","end":"20:00","people":[%d]},
				 {"duty":"leader","start":"20:00","end":"08:00","people":[%d]}]}"""
			.formatted(streetLeader, policeLeader));
		assertThat(pattern.status()).as(pattern.body().toString()).isEqualTo(201);
		assertThat(pattern.body().size()).isEqualTo(4);
	}

	@Test
	void theStreetLeaderHoldsTheDayAndThePoliceLeaderTheNight() {
		assertThat(onDuty("2026-03-01T23:59:59Z")).isEmpty();
		assertThat(onDuty("2026-03-02T00:00:00Z")).containsExactly(streetLeader);
		assertThat(onDuty("2026-03-02T11:59:59Z")).containsExactly(streetLeader);
		assertThat(onDuty("2026-03-02T12:00:00Z")).containsExactly(policeLeader);
		assertThat(onDuty("2026-03-02T23:59:59Z")).containsExactly(policeLeader);
		assertThat(onDuty("2026-03-03T00:00:00Z")).containsExactly(streetLeader);
		assertThat(onDuty("2026-03-04T00:00:00Z")).isEmpty();
		assertThat(roster.onDuty("duty-street", Instant.parse("2026-03-03T13:00:00Z"))).singleElement()
			.satisfies(shift -> assertThat(shift.duty()).isEqualTo("leader"));
	}

	@Test
	void refusesAnOverlappingShiftOfTheSamePersonInAnyUnit() {
		Response overlap = api.post("/api/v1/units/duty-other/roster/shifts", """
				{"personId":%d,"duty":"leader","startsAt":"2026-03-02T11:00:00Z","endsAt":"2026-03-02T13:00:00Z"}"""
			.formatted(streetLeader));
		assertThat(overlap.status()).isEqualTo(409);
		assertThat(overlap.contentType()).contains("application/problem+json");
		assertThat(overlap.body().path("errors").get(0).path("code").asString()).isEqualTo("OVERLAP");
		assertThat(onDuty("duty-other", "2026-03-02T12:30:00Z")).isEmpty();

		Response adjacent = api.post("/api/v1/units/duty-other/roster/shifts", """
				{"personId":%d,"duty":"leader","startsAt":"2026-03-04T00:00:00Z","endsAt":"2026-03-04T02:00:00Z"}"""
			.formatted(policeLeader));
		assertThat(adjacent.status()).as("a shift starting when another ends").isEqualTo(201);
	}

	@Test
	void refusesAPatternWhoseOwnShiftsOverlapAndWritesNone() {
		long operator = fixtures.person("值班长", "duty-street", null, "shift-leader");
		Response response = api.post("/api/v1/units/duty-street/roster/pattern", """
				{"from":"2026-04-01","days":3,"shifts":[
				 {"duty":"shift-leader","start":"08:00","end":"20:00","people":[%d]},
				 {"duty":"shift-leader","start":"19:00","end":"08:00","people":[%d]}]}""".formatted(operator, operator));
		assertThat(response.status()).isEqualTo(409);
		assertThat(roster.shifts("duty-street", Instant.parse("2026-04-01T00:00:00Z"),
				Instant.parse("2026-04-05T00:00:00Z"))).isEmpty();
	}

	@Test
	void refusesABadShiftFieldByField() {
		Response bad = api.post("/api/v1/units/duty-street/roster/shifts", """
				{"personId":%d,"duty":"dispatcher","startsAt":"2026-05-02T10:00:00Z","endsAt":"2026-05-02T09:00:00Z"}"""
			.formatted(streetLeader));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("duty", "endsAt");
		assertThat(fields(api.post("/api/v1/units/duty-street/roster/shifts", "{\"personId\":999999999}")))
			.containsExactly("personId", "duty", "startsAt");
		assertThat(api.post("/api/v1/units/nosuch/roster/shifts", "{}").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/units/duty-street/on-duty?at=yesterday").status()).isEqualTo(400);
	}

	private List<Long> onDuty(String at) {
		return onDuty("duty-street", at);
	}

	private List<Long> onDuty(String unit, String at) {
		Response response = api.get("/api/v1/units/" + unit + "/on-duty?at=" + at);
		assertThat(response.status()).isEqualTo(200);
		List<Long> people = new ArrayList<>();
		response.body().forEach(shift -> people.add(shift.path("personId").asLong()));
		return people;
	}
}
