package org.onegrid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.onegrid.registry.RecordKind;
import org.onegrid.registry.RegistryRecord;
import org.onegrid.registry.StubRegistrySource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Role × scope × endpoint: every user reads and changes exactly the cases in their scope, by id, list, search,
 * export and lifecycle action, and nothing else.
 * <p>
 * District SD has streets SA (community CA1) and SB (community CB1). Case A lies in CA1, reported by worker A; case
 * B lies in CB1, reported by a citizen and dispatched to the water department.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixIntegrationTests {

	private static final String PASSWORD = "scope-test-password";

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

	@Autowired
	StubRegistrySource registry;

	long caseA;

	long caseB;

	/** Who sees which case. */
	static Stream<Arguments> users() {
		return Stream.of(Arguments.of("scp-worker-a", Set.of("A")), Arguments.of("scp-worker-b", Set.of("B")),
				Arguments.of("scp-handler", Set.of("B")), Arguments.of("scp-dispatcher-a", Set.of("A")),
				Arguments.of("scp-citizen", Set.of("B")), Arguments.of("admin", Set.of("A", "B")));
	}

	@BeforeAll
	void buildsTheDistrictAndTwoCases() {
		api.put("/api/v1/layers/scp", """
				{"code":"scp","name":"范围测试","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}""");
		Response imported = api.post("/api/v1/layers/scp/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s,%s,%s]}""".formatted(
				feature("SD", null, "区", 50, 20, 50.2, 20.1), feature("SA", "SD", "街道", 50, 20, 50.1, 20.1),
				feature("SB", "SD", "街道", 50.1, 20, 50.2, 20.1), feature("CA1", "SA", "社区", 50, 20, 50.1, 20.1),
				feature("CB1", "SB", "社区", 50.1, 20, 50.2, 20.1)));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		organisation.define(new UnitDefinition("scp-d", "范围区", "DISTRICT", null, "scp", "SD", false));
		organisation.define(new UnitDefinition("scp-a", "甲街道", "STREET", "scp-d", "scp", "SA", false));
		organisation.define(new UnitDefinition("scp-b", "乙街道", "STREET", "scp-d", "scp", "SB", false));
		long workerA = person("甲网格员", "scp-a", null, "full-time-worker");
		long workerB = person("乙网格员", "scp-b", null, "full-time-worker");
		teams.assignAll("scp", List.of(new TeamAssignment("CA1", workerA, "full-time-worker"),
				new TeamAssignment("CB1", workerB, "full-time-worker")));
		account("scp-worker-a", "full-time-worker", workerA);
		account("scp-worker-b", "full-time-worker", workerB);
		account("scp-handler", "handler", person("水务处置员", "scp-a", "water", "handler"));
		account("scp-dispatcher-a", "dispatcher", person("甲街道派遣员", "scp-a", null, "dispatcher"));
		account("scp-citizen", "citizen", null);
		caseA = report(as("scp-worker-a"), 50.05, "PATROL", "");
		caseB = report(as("scp-citizen"), 50.15, "CITIZEN", ",\"reporter\":{\"name\":\"张三\",\"phone\":\"13812345678\"}");
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("verify", "{\"confirmed\":true}");
		steps.put("accept", "{}");
		steps.put("file", "{\"conditionMet\":true}");
		steps.put("dispatch", "{\"department\":\"water\"}");
		steps.forEach((action, body) -> assertThat(api.post("/api/v1/cases/" + caseB + "/actions/" + action, body)
			.status()).as(action).isEqualTo(200));
	}

	@ParameterizedTest(name = "{0} reads exactly {1} by id")
	@MethodSource("users")
	void readsByIdOnlyCasesInScope(String user, Set<String> visible) {
		TestApi as = as(user);
		assertThat(as.get("/api/v1/cases/" + caseA).status()).isEqualTo(visible.contains("A") ? 200 : 404);
		assertThat(as.get("/api/v1/cases/" + caseB).status()).isEqualTo(visible.contains("B") ? 200 : 404);
	}

	@ParameterizedTest(name = "{0} lists and searches exactly {1}")
	@MethodSource("users")
	void listsAndSearchesOnlyCasesInScope(String user, Set<String> visible) {
		TestApi as = as(user);
		List<Long> listed = ids(as.get("/api/v1/cases?size=200").body());
		List<Long> searched = ids(as.get("/api/v1/cases?category=0201&open=true&size=200").body());
		for (long hidden : hidden(visible)) {
			assertThat(listed).doesNotContain(hidden);
			assertThat(searched).doesNotContain(hidden);
		}
		assertThat(ids(as.get("/api/v1/cases?layer=scp&grid=SD&size=200").body()))
			.containsExactlyInAnyOrderElementsOf(expected(visible));
	}

	@ParameterizedTest(name = "{0} exports exactly {1}")
	@MethodSource("users")
	void exportsOnlyCasesInScope(String user, Set<String> visible) {
		TestApi.TextResponse csv = as(user).getText("/api/v1/cases/export?layer=scp&grid=SD");
		assertThat(csv.status()).isEqualTo(200);
		List<Long> exported = csv.body().lines().skip(1).map(line -> Long.parseLong(line.split(",")[0])).toList();
		assertThat(exported).containsExactlyInAnyOrderElementsOf(expected(visible));
	}

	@ParameterizedTest(name = "{0} cannot act on cases outside {1}")
	@MethodSource("users")
	void cannotActOnCasesOutOfScope(String user, Set<String> visible) {
		TestApi as = as(user);
		for (String name : List.of("A", "B")) {
			long id = name.equals("A") ? caseA : caseB;
			if (visible.contains(name)) {
				continue;
			}
			int version = api.get("/api/v1/cases/" + id).body().path("version").asInt();
			for (String action : List.of("supervise", "request-void", "accept", "sign", "merge")) {
				Response response = as.post("/api/v1/cases/" + id + "/actions/" + action,
						"{\"note\":\"x\",\"reason\":\"x\",\"targetCaseId\":" + (name.equals("A") ? caseB : caseA) + "}");
				assertThat(response.status()).as(user + " " + action + " on " + name).isIn(403, 404);
			}
			assertThat(api.get("/api/v1/cases/" + id).body().path("version").asInt()).isEqualTo(version);
		}
	}

	@org.junit.jupiter.api.Test
	void refusesAnActionTheRoleDoesNotPermitEvenInScope() {
		Response response = as("scp-worker-a").post("/api/v1/cases/" + caseA + "/actions/accept", "{}");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body().path("detail").asString()).contains("case:accept");
	}

	@org.junit.jupiter.api.Test
	void answersCallsWithoutSignInWith401() {
		TestApi anonymous = api.anonymous();
		assertThat(anonymous.get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/cases/" + caseA).status()).isEqualTo(401);
		assertThat(anonymous.getText("/api/v1/cases/export").status()).isEqualTo(401);
		assertThat(anonymous.post("/api/v1/cases/" + caseA + "/actions/supervise", "{\"note\":\"x\"}").status())
			.isEqualTo(401);
		assertThat(anonymous.get("/api/v1/people").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/cases/" + caseA).contentType()).startsWith("application/problem+json");
	}

	@org.junit.jupiter.api.Test
	void masksTheReportersPhoneUnlessTheRoleMayReadPersonalData() {
		JsonNode masked = as("scp-worker-b").get("/api/v1/cases/" + caseB).body();
		assertThat(masked.path("reporter").path("phone").asString()).isEqualTo("138****5678");
		int before = api.get("/api/v1/audit?action=pii-read&actor=admin&limit=1000").body().size();
		JsonNode full = api.get("/api/v1/cases/" + caseB).body();
		assertThat(full.path("reporter").path("phone").asString()).isEqualTo("13812345678");
		JsonNode audit = api.get("/api/v1/audit?action=pii-read&actor=admin&limit=1000").body();
		assertThat(audit.size()).isEqualTo(before + 1);
		assertThat(audit.get(0).path("target").asString()).isEqualTo("case:" + caseB);
	}

	@org.junit.jupiter.api.Test
	void looksUpRegistersOnlyInTheCallersGridsMaskedAndAudited() {
		registry.add(new RegistryRecord(RecordKind.PERSON, "p-scp-1", "scp", "CA1", "王范围甲", Map.of("address",
				"甲社区1号"), "310101199001011234", "13900001111"));
		registry.add(new RegistryRecord(RecordKind.PERSON, "p-scp-2", "scp", "CB1", "王范围乙", Map.of("address",
				"乙社区2号"), "310101199002022345", "13900002222"));
		JsonNode mine = as("scp-worker-a").get("/api/v1/registry/person?q=王范围").body();
		assertThat(mine).extracting(record -> record.path("id").asString()).containsExactly("p-scp-1");
		assertThat(mine.get(0).path("idNumber").asString()).isEqualTo("3****************4");
		assertThat(mine.get(0).path("phone").asString()).isEqualTo("139****1111");
		JsonNode all = api.get("/api/v1/registry/person?q=王范围").body();
		assertThat(all).extracting(record -> record.path("idNumber").asString())
			.containsExactlyInAnyOrder("310101199001011234", "310101199002022345");
		JsonNode audit = api.get("/api/v1/audit?actor=scp-worker-a&action=registry-lookup").body();
		assertThat(audit.get(0).path("details").path("unmasked").asBoolean()).isFalse();
		assertThat(audit.get(0).path("details").path("results").asInt()).isEqualTo(1);
		assertThat(as("scp-citizen").get("/api/v1/registry/person?q=王范围").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/registry/person?q=王").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/registry/spaceship?q=王范围").status()).isEqualTo(404);
	}

	@org.junit.jupiter.api.Test
	void refusesConfigurationChangesWithoutThePermission() {
		TestApi worker = as("scp-worker-a");
		assertThat(worker.put("/api/v1/catalogue/area-classes/scp/SA", "{\"areaClass\":\"A\"}").status())
			.isEqualTo(403);
		assertThat(worker.put("/api/v1/cases/states/CLOSED", "{\"nameZh\":\"x\",\"nameEn\":\"x\"}").status())
			.isEqualTo(403);
		assertThat(worker.get("/api/v1/accounts").status()).isEqualTo(403);
		assertThat(worker.post("/api/v1/people", "{\"name\":\"x\",\"unitCode\":\"scp-a\",\"roles\":[\"citizen\"]}")
			.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/catalogue/area-classes").body()).noneMatch(rule -> rule.path("layerCode")
			.asString()
			.equals("scp"));
	}

	private long report(TestApi as, double lon, String channel, String extra) {
		Response response = as.post("/api/v1/cases", """
				{"channel":"%s","kind":"COMPONENT","minorCode":"0201","description":"范围测试","lon":%s,"lat":20.05%s}"""
			.formatted(channel, lon, extra));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().path("id").asLong();
	}

	private long person(String name, String unit, String department, String role) {
		return people.add(new PersonDefinition(name, null, unit, department, List.of(role), false)).id();
	}

	private void account(String username, String role, Long personId) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), personId,
				true), "test", false);
	}

	private TestApi as(String user) {
		return user.equals("admin") ? api : api.as(user, PASSWORD);
	}

	private List<Long> expected(Set<String> visible) {
		List<Long> ids = new ArrayList<>();
		if (visible.contains("A")) {
			ids.add(caseA);
		}
		if (visible.contains("B")) {
			ids.add(caseB);
		}
		return ids;
	}

	private List<Long> hidden(Set<String> visible) {
		Map<String, Long> all = new LinkedHashMap<>(Map.of("A", caseA, "B", caseB));
		visible.forEach(all::remove);
		return List.copyOf(all.values());
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

}
