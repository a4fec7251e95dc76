package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may read what beyond cases: staff, rosters, grids, tracks and coverage each follow the permission and data
 * scope their endpoint declares.
 * <p>
 * District DD has streets D1 (community C1) and D2 (community C2). The grid chief and worker 1 serve C1, worker 2
 * serves C2; the shift leader sits in street D1's unit.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataScopeIntegrationTests {

	private static final String PASSWORD = "data-scope-password";

	private static final String DAY = "2026-12-01";

	@Autowired
	TestApi api;

	@Autowired
	Organisation organisation;

	@Autowired
	People people;

	@Autowired
	GridTeams teams;

	@Autowired
	AccountDirectory accounts;

	long worker1;

	long worker2;

	@BeforeAll
	void buildsTwoStreets() {
		api.put("/api/v1/layers/dsc", """
				{"code":"dsc","name":"数据范围","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}""");
		Response imported = api.post("/api/v1/layers/dsc/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s,%s,%s]}""".formatted(
				feature("DD", null, "区", 60, 20, 60.2, 20.1), feature("D1", "DD", "街道", 60, 20, 60.1, 20.1),
				feature("D2", "DD", "街道", 60.1, 20, 60.2, 20.1), feature("C1", "D1", "社区", 60, 20, 60.1, 20.1),
				feature("C2", "D2", "社区", 60.1, 20, 60.2, 20.1)));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		organisation.define(new UnitDefinition("dsc-d", "数据区", "DISTRICT", null, "dsc", "DD", false));
		organisation.define(new UnitDefinition("dsc-1", "一街道", "STREET", "dsc-d", "dsc", "D1", false));
		organisation.define(new UnitDefinition("dsc-2", "二街道", "STREET", "dsc-d", "dsc", "D2", false));
		long chief = person("一网格长", "dsc-1", "grid-chief");
		worker1 = person("一网格员", "dsc-1", "full-time-worker");
		worker2 = person("二网格员", "dsc-2", "full-time-worker");
		teams.assignAll("dsc", List.of(new TeamAssignment("C1", chief, "grid-chief"),
				new TeamAssignment("C1", worker1, "full-time-worker"),
				new TeamAssignment("C2", worker2, "full-time-worker")));
		account("dsc-chief", "grid-chief", chief);
		account("dsc-worker-1", "full-time-worker", worker1);
		account("dsc-leader", "shift-leader", person("一值班长", "dsc-1", "shift-leader"));
		account("dsc-citizen", "citizen", null);
	}

	@Test
	void citizensReadNoStaffRostersGridExportsOrOthersScopes() {
		TestApi citizen = as("dsc-citizen");
		assertThat(citizen.get("/api/v1/people").status()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/units/dsc-1/roster").status()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/units/dsc-1/on-duty").status()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/layers/dsc/export").status()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/people/" + worker1 + "/scope").status()).isEqualTo(403);
		assertThat(citizen.get("/api/v1/people/" + worker1).status()).isEqualTo(403);
	}

	@Test
	void aGridChiefReadsTracksAndCoverageOnlyInTheirGrids() {
		TestApi chief = as("dsc-chief");
		assertThat(chief.get("/api/v1/people/" + worker1 + "/track?date=" + DAY).status()).isEqualTo(200);
		assertThat(chief.get("/api/v1/people/" + worker2 + "/track?date=" + DAY).status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/people/" + worker2 + "/check-ins").status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/patrol-coverage?layer=dsc&week=2026-W49&root=C1").status()).isEqualTo(200);
		assertThat(chief.get("/api/v1/patrol-coverage?layer=dsc&week=2026-W49&root=D2").status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/patrol-coverage?layer=dsc&week=2026-W49").status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/positions?layer=dsc&root=C2").status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/positions?layer=dsc&root=C1").status()).isEqualTo(200);
		assertThat(chief.get("/api/v1/teams/dsc/C2").status()).isEqualTo(403);
		assertThat(chief.get("/api/v1/teams/dsc/C1").status()).isEqualTo(200);
	}

	@Test
	void aShiftLeaderRostersOnlyTheirOwnStreet() {
		TestApi leader = as("dsc-leader");
		long leaderPerson = people.list("dsc-1", null, "shift-leader").get(0).id();
		String shift = """
				{"personId":%d,"duty":"shift-leader","startsAt":"2026-12-10T00:00:00Z","endsAt":"2026-12-10T08:00:00Z"}"""
			.formatted(leaderPerson);
		assertThat(leader.post("/api/v1/units/dsc-2/roster/shifts", shift).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/units/dsc-2/roster?from=2026-12-09T00:00:00Z&to=2026-12-11T00:00:00Z").body())
			.isEmpty();
		Response added = leader.post("/api/v1/units/dsc-1/roster/shifts", shift);
		assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
		long id = added.body().path("id").asLong();
		assertThat(leader.delete("/api/v1/units/dsc-2/roster/shifts/" + id).status()).isEqualTo(403);
		assertThat(api.delete("/api/v1/units/dsc-2/roster/shifts/" + id).status()).isEqualTo(404);
		assertThat(leader.delete("/api/v1/units/dsc-1/roster/shifts/" + id).status()).isEqualTo(204);
	}

	@Test
	void workersReadTheirOwnCheckInsAndTrackButNoOneElses() {
		TestApi worker = as("dsc-worker-1");
		assertThat(worker.post("/api/v1/people/" + worker1 + "/check-ins",
				"{\"layerCode\":\"dsc\",\"gridCode\":\"C1\",\"lon\":60.05,\"lat\":20.05,\"crs\":\"wgs84\"}").status())
			.isEqualTo(201);
		Response checkIns = worker.get("/api/v1/people/" + worker1 + "/check-ins");
		assertThat(checkIns.status()).isEqualTo(200);
		assertThat(checkIns.body()).hasSize(1);
		assertThat(worker.get("/api/v1/people/" + worker1 + "/track?date=" + DAY).status()).isEqualTo(200);
		assertThat(worker.get("/api/v1/people/" + worker2 + "/check-ins").status()).isEqualTo(403);
		assertThat(worker.get("/api/v1/people/" + worker2 + "/track?date=" + DAY).status()).isEqualTo(403);
		assertThat(worker.post("/api/v1/people/" + worker2 + "/check-ins",
				"{\"layerCode\":\"dsc\",\"gridCode\":\"C2\",\"lon\":60.15,\"lat\":20.05,\"crs\":\"wgs84\"}").status())
			.isEqualTo(403);
	}

	@Test
	void readsOfPersonalDataAreLogged() {
		long before = api.get("/api/v1/audit?actor=dsc-chief&action=personal-data-read&limit=1000").body().size();
		as("dsc-chief").get("/api/v1/people/" + worker1 + "/track?date=" + DAY);
		var log = api.get("/api/v1/audit?actor=dsc-chief&action=personal-data-read&limit=1000").body();
		assertThat(log.size()).isEqualTo(before + 1);
		assertThat(log.get(0).path("target").asString()).isEqualTo("GET /api/v1/people/" + worker1 + "/track");
	}

	private long person(String name, String unit, String role) {
		return people.add(new PersonDefinition(name, null, unit, null, List.of(role), false)).id();
	}

	private void account(String username, String role, Long personId) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), personId,
				true), "test", false);
	}

	private TestApi as(String user) {
		return api.as(user, PASSWORD);
	}

}
