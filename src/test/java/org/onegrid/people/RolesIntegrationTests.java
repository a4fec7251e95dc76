package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
class RolesIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	Roles roles;

	@Autowired
	People people;

	private PeopleFixtures fixtures;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.layer("ppl-roles", 30, 11);
		fixtures.unit("role-street", "STREET", null);
		fixtures.unit("role-community", "COMMUNITY", "role-street");
	}

	@Test
	void shipsTheDefaultRolesWithTheirPermissionsAndScopes() {
		List<String> codes = new ArrayList<>();
		api.get("/api/v1/roles").body().forEach(role -> codes.add(role.path("code").asString()));
		assertThat(codes).contains("grid-chief", "grid-instructor", "full-time-worker", "specialist-worker",
				"optional-worker", "supervisor", "intake-operator", "shift-leader", "dispatcher", "handler", "leader",
				"admin", "citizen");

		assertThat(roles.permits("dispatcher", "case:dispatch")).isTrue();
		assertThat(roles.permits("handler", "case:dispatch")).isFalse();
		assertThat(roles.permits("handler", "case:sign")).isTrue();
		assertThat(roles.permits("nosuch", "case:read")).isFalse();
		assertThat(roles.get("admin").permissions()).containsExactlyInAnyOrderElementsOf(Permissions.KNOWN);
		assertThat(roles.get("handler").scope()).isEqualTo(ScopeKind.DEPARTMENT);
		assertThat(roles.get("full-time-worker").scope()).isEqualTo(ScopeKind.GRID);

		assertThat(api.get("/api/v1/permissions").body().toString()).contains("case:answer-supervision", "pii:read",
				"track:read");
		assertThat(api.get("/api/v1/roles/dispatcher/permits?permission=case:dispatch").body().path("permitted")
			.asBoolean()).isTrue();
	}

	@Test
	void changesARolesPermissionsAsData() {
		Response created = api.put("/api/v1/roles/test-reviewer",
				"{\"nameZh\":\"审核员\",\"nameEn\":\"Reviewer\",\"scope\":\"UNIT\",\"permissions\":[\"case:read\"]}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(roles.permits("test-reviewer", "case:close")).isFalse();

		Response changed = api.put("/api/v1/roles/test-reviewer",
				"{\"nameZh\":\"审核员\",\"nameEn\":\"Reviewer\",\"scope\":\"ALL\",\"permissions\":[\"case:read\",\"case:close\"]}");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(roles.permits("test-reviewer", "case:close")).isTrue();
		assertThat(roles.get("test-reviewer").scope()).isEqualTo(ScopeKind.ALL);

		Response bad = api.put("/api/v1/roles/test-reviewer",
				"{\"nameZh\":\"\",\"nameEn\":\"Reviewer\",\"scope\":\"GALAXY\",\"permissions\":[\"case:read\",\"case:fly\"]}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("nameZh", "scope", "permissions[1]");
		assertThat(roles.permits("test-reviewer", "case:close")).as("unchanged").isTrue();
	}

	@Test
	void anEntitlementReadsWhatTheAccountsRolesPermitAndWhatItsPersonSees() {
		long chief = fixtures.person("网格长戊", "role-street", null, "grid-chief", "full-time-worker", "shift-leader");
		fixtures.assign("ppl-roles", "C1", chief, "grid-chief");
		fixtures.assign("ppl-roles", "C1", chief, "full-time-worker");
		fixtures.assign("ppl-roles", "M2A", chief, "full-time-worker");

		Entitlement entitlement = people.entitlement(List.of("dispatcher", "intake-operator", "no-such-role"), chief);
		Set<String> permissions = new HashSet<>(roles.get("dispatcher").permissions());
		permissions.addAll(roles.get("intake-operator").permissions());
		assertThat(entitlement.permissions()).as("the account's roles, not the person's").isEqualTo(permissions);
		assertThat(entitlement.allByRole()).isFalse();
		assertThat(entitlement.scope().grids()).as("one grid held in two posts counts once")
			.isEqualTo(Map.of("ppl-roles", Set.of("C1", "M2A")));
		assertThat(entitlement.scope().units()).containsExactlyInAnyOrder("role-street", "role-community");
		assertThat(entitlement.scope().all()).isFalse();
		assertThat(entitlement.scope()).isEqualTo(people.scopeOf(chief));

		Entitlement nobody = people.entitlement(List.of("admin"), null);
		assertThat(nobody.allByRole()).isTrue();
		assertThat(nobody.permissions()).containsExactlyInAnyOrderElementsOf(Permissions.KNOWN);
		assertThat(nobody.scope()).isNull();
		assertThat(people.entitlement(List.of(), 999_999_999L).scope()).as("a person who is not there").isNull();
		assertThat(people.entitlement(List.of(), 999_999_999L).permissions()).isEmpty();
	}

	@Test
	void scopesFollowTheRolesAPersonHolds() {
		long chief = fixtures.person("网格长甲", "role-community", null, "grid-chief");
		fixtures.assign("ppl-roles", "C1", chief, "grid-chief");
		fixtures.assign("ppl-roles", "M2A", chief, "grid-chief");
		DataScope chiefScope = people.scopeOf(chief);
		assertThat(chiefScope.grids().get("ppl-roles")).containsExactlyInAnyOrder("C1", "M2A");
		assertThat(chiefScope.coversGridPath("ppl-roles", List.of("M1B", "C1", "S"))).isTrue();
		assertThat(chiefScope.coversGridPath("ppl-roles", List.of("S"))).isFalse();
		assertThat(chiefScope.departments()).isEmpty();

		long handler = fixtures.person("处置人员乙", "role-street", "urban-management", "handler");
		DataScope handlerScope = people.scopeOf(handler);
		assertThat(handlerScope.departments()).as("the department, and the platform it belongs to")
			.containsExactlyInAnyOrder("urban-management", "law-enforcement");
		assertThat(handlerScope.grids()).isEmpty();

		long leader = fixtures.person("值班长丙", "role-street", null, "shift-leader");
		assertThat(people.scopeOf(leader).units()).containsExactlyInAnyOrder("role-street", "role-community");
		assertThat(people.scopeOf(leader).all()).isFalse();

		long admin = fixtures.person("管理员丁", "role-street", null, "admin");
		JsonNode scope = api.get("/api/v1/people/" + admin + "/scope").body();
		assertThat(scope.path("all").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/people/999999999/scope").status()).isEqualTo(404);
	}

	@Test
	void refusesABadPersonFieldByFieldAndWritesNothing() {
		int before = api.get("/api/v1/people?unit=role-street").body().size();
		Response bad = api.post("/api/v1/people", "{\"name\":\"\",\"phone\":\"call me\",\"unitCode\":\"nosuch\","
				+ "\"departmentCode\":\"nosuch\",\"roles\":[\"handler\",\"wizard\"]}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("name", "phone", "unitCode", "departmentCode", "roles[1]");
		assertThat(api.get("/api/v1/people?unit=role-street").body().size()).isEqualTo(before);
	}
}
