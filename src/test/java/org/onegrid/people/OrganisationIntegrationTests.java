package org.onegrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Units, departments and platforms whose codes start with {@code org-} are this class's own. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationIntegrationTests {

	@Autowired
	TestApi api;

	@BeforeAll
	void importsALayer() {
		new PeopleFixtures(api).layer("ppl-org", 30, 10);
	}

	@Test
	void buildsTheUnitTreeWithGridLinks() {
		put("org-district", "{\"name\":\"测试区\",\"kind\":\"DISTRICT\"}", 201);
		put("org-street", "{\"name\":\"测试街道\",\"kind\":\"street\",\"parentCode\":\"org-district\","
				+ "\"layerCode\":\"ppl-org\",\"gridCode\":\"S\"}", 201);
		put("org-centre", "{\"name\":\"城运中心\",\"kind\":\"CENTRE\",\"parentCode\":\"org-street\"}", 201);
		put("org-sub", "{\"name\":\"南片分中心\",\"kind\":\"SUB_CENTRE\",\"parentCode\":\"org-centre\"}", 201);
		put("org-station", "{\"name\":\"站点一\",\"kind\":\"station\",\"parentCode\":\"org-sub\"}", 201);
		put("org-street", "{\"name\":\"测试街道(改)\",\"kind\":\"STREET\",\"parentCode\":\"org-district\","
				+ "\"layerCode\":\"ppl-org\",\"gridCode\":\"S\"}", 200);

		JsonNode street = api.get("/api/v1/units/org-street").body();
		assertThat(street.path("name").asString()).isEqualTo("测试街道(改)");
		assertThat(street.path("gridCode").asString()).isEqualTo("S");

		JsonNode district = node(api.get("/api/v1/units/tree").body(), "org-district");
		JsonNode centre = district.path("children").get(0).path("children").get(0);
		assertThat(centre.path("unit").path("code").asString()).isEqualTo("org-centre");
		assertThat(centre.path("children").get(0).path("children").get(0).path("unit").path("kind").asString())
			.isEqualTo("STATION");
	}

	@Test
	void refusesABadUnitFieldByFieldAndWritesNothing() {
		Response response = api.put("/api/v1/units/org-bad",
				"{\"name\":\"\",\"kind\":\"PLANET\",\"parentCode\":\"nosuch\",\"layerCode\":\"ppl-org\",\"gridCode\":\"NOPE\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("name", "kind", "parentCode", "gridCode");
		assertThat(api.get("/api/v1/units/org-bad").status()).isEqualTo(404);

		assertThat(fields(api.put("/api/v1/units/Bad_Code", "{\"name\":\"x\",\"kind\":\"AREA\"}")))
			.containsExactly("code");
		assertThat(fields(api.put("/api/v1/units/org-half", "{\"name\":\"x\",\"kind\":\"AREA\",\"layerCode\":\"ppl-org\"}")))
			.containsExactly("gridCode");
		assertThat(api.put("/api/v1/units/org-x", "[1]").status()).isEqualTo(400);
	}

	@Test
	void refusesToMoveAUnitBelowItself() {
		put("org-top", "{\"name\":\"上\",\"kind\":\"STREET\"}", 201);
		put("org-below", "{\"name\":\"下\",\"kind\":\"COMMUNITY\",\"parentCode\":\"org-top\"}", 201);
		Response response = api.put("/api/v1/units/org-top", "{\"name\":\"上\",\"kind\":\"STREET\",\"parentCode\":\"org-below\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("code").asString()).isEqualTo("CYCLE");
		assertThat(api.get("/api/v1/units/org-top").body().path("parentCode").isNull()).isTrue();
	}

	@Test
	void shipsADepartmentForEveryDispatchTargetOfTheDefaultCatalogue() throws Exception {
		Set<String> departments = new HashSet<>();
		api.get("/api/v1/departments").body().forEach(d -> departments.add(d.path("code").asString()));
		JsonNode catalogue;
		try (InputStream in = getClass().getResourceAsStream("/catalogue/default-catalogue.json")) {
			catalogue = JsonMapper.builder().build().readTree(in);
		}
		List<String> targets = new ArrayList<>();
		catalogue.path("majorClasses").forEach(major -> major.path("minorClasses")
			.forEach(minor -> {
				if (minor.hasNonNull("defaultDepartment")) {
					targets.add(minor.path("defaultDepartment").asString());
				}
			}));
		assertThat(targets).isNotEmpty();
		assertThat(departments).containsAll(targets).contains("safety-office");
	}

	@Test
	void definesDepartmentsAndRefusesBadOnesFieldByField() {
		put("org-unit", "{\"name\":\"单位\",\"kind\":\"STREET\"}", 201);
		Response created = api.put("/api/v1/departments/org-police", "{\"nameZh\":\"测试派出所\",\"nameEn\":\"Test police\","
				+ "\"unitCode\":\"org-unit\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(api.get("/api/v1/departments/org-police").body().path("unitCode").asString()).isEqualTo("org-unit");

		Response bad = api.put("/api/v1/departments/Org_Police", "{\"nameZh\":\"\",\"nameEn\":\"" + "x".repeat(101)
				+ "\",\"unitCode\":\"nosuch\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("code", "nameZh", "nameEn", "unitCode");
		assertThat(api.get("/api/v1/departments/Org_Police").status()).isEqualTo(404);
	}

	@Test
	void resolvesAPlatformToItsDepartments() {
		List<String> platforms = new ArrayList<>();
		api.get("/api/v1/platforms").body().forEach(p -> platforms.add(p.path("code").asString()));
		assertThat(platforms).contains("governance", "market-regulation", "law-enforcement", "citizen-services");

		JsonNode enforcement = api.get("/api/v1/dispatch-targets/law-enforcement").body();
		assertThat(enforcement.path("kind").asString()).isEqualTo("PLATFORM");
		assertThat(enforcement.path("departments").toString()).contains("urban-management");
		JsonNode department = api.get("/api/v1/dispatch-targets/urban-management").body();
		assertThat(department.path("kind").asString()).isEqualTo("DEPARTMENT");
		assertThat(department.path("departments").size()).isEqualTo(1);
		assertThat(api.get("/api/v1/dispatch-targets/nosuch").status()).isEqualTo(404);
	}

	@Test
	void refusesAPlatformWithUnknownDepartmentsOrADepartmentsCode() {
		Response bad = api.put("/api/v1/platforms/org-platform",
				"{\"nameZh\":\"平台\",\"nameEn\":\"Platform\",\"departments\":[\"water\",\"nosuch\"]}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("departments[1]");
		assertThat(api.get("/api/v1/platforms/org-platform").status()).isEqualTo(404);

		Response clash = api.put("/api/v1/platforms/water", "{\"nameZh\":\"水\",\"nameEn\":\"Water\",\"departments\":[\"water\"]}");
		assertThat(clash.status()).isEqualTo(409);
		assertThat(api.put("/api/v1/departments/governance", "{\"nameZh\":\"综治\",\"nameEn\":\"Gov\"}").status())
			.isEqualTo(409);

		Response good = api.put("/api/v1/platforms/org-platform",
				"{\"nameZh\":\"平台\",\"nameEn\":\"Platform\",\"departments\":[\"water\",\"housing\"]}");
		assertThat(good.status()).isEqualTo(201);
		assertThat(api.get("/api/v1/dispatch-targets/org-platform").body().path("departments").size()).isEqualTo(2);
	}

	private void put(String code, String body, int status) {
		Response response = api.put("/api/v1/units/" + code, body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
	}

	private static JsonNode node(JsonNode nodes, String code) {
		for (JsonNode node : nodes) {
			if (node.path("unit").path("code").asString().equals(code)) {
				return node;
			}
		}
		throw new AssertionError("no unit " + code + " in " + nodes);
	}
}
