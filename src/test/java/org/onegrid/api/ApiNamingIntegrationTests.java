package org.onegrid.api;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

/**
 * One naming across the API: a level is named the same way (by name or number) in every call that takes one, a role
 * is {@code role} wherever it appears, and a parameter a call does not know is refused rather than ignored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiNamingIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@BeforeAll
	void buildsALayer() {
		api.put("/api/v1/layers/nam", """
				{"code":"nam","name":"命名","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}""");
		Response imported = api.post("/api/v1/layers/nam/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s]}""".formatted(
				feature("N0", null, "区", 70, 20, 70.2, 20.1), feature("N1", "N0", "街道", 70, 20, 70.2, 20.1),
				feature("N2", "N1", "社区", 70, 20, 70.1, 20.1)));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
	}

	@Test
	void refusesUnknownParametersFieldByField() {
		Response response = api.get("/api/v1/cases?stat=OPEN&size=5&sise=3");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly("stat", "sise");
		assertThat(api.get("/api/v1/layers/nam/grids?levl=1").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/layers/nam/grids?level=1").status()).isEqualTo(200);
	}

	@Test
	void takesALevelByNameOrNumberEverywhereAndRefusesAnUnknownOne() {
		assertThat(codes(api.get("/api/v1/layers/nam/grids?level=社区"))).containsExactly("N2");
		assertThat(codes(api.get("/api/v1/layers/nam/grids?level=2"))).containsExactly("N2");
		Response unknown = api.get("/api/v1/layers/nam/grids?level=片区");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_LEVEL");
		assertThat(api.get("/api/v1/layers/nam/grids?level=7").status()).isEqualTo(400);
		String coverage = "/api/v1/patrol-coverage?layer=nam&week=2026-W49&level=";
		Response byName = api.get(coverage + "街道");
		assertThat(byName.status()).isEqualTo(200);
		assertThat(byName.body().path("below").findValuesAsString("gridCode")).containsExactly("N1");
		assertThat(api.get(coverage + "1").body().path("below").findValuesAsString("gridCode")).containsExactly("N1");
		assertThat(api.get(coverage + "片区").status()).isEqualTo(400);
		assertThat(api.get(coverage + "x").status()).isEqualTo(400);
	}

	@Test
	void namesARoleRoleWherever() {
		organisation.define(new UnitDefinition("nam-u", "命名街道", "STREET", null, "nam", "N1", false));
		long worker = people.add(new PersonDefinition("命名网格员", null, "nam-u", null, List.of("full-time-worker"),
				false)).id();
		assertThat(api.post("/api/v1/teams/nam/N2/members", "{\"personId\":" + worker + ",\"role\":\"full-time-worker\"}")
			.status()).isLessThan(300);
		Response team = api.get("/api/v1/teams/nam/N2");
		assertThat(team.body().get(0).path("role").asString()).isEqualTo("full-time-worker");
		assertThat(team.body().get(0).has("roleCode")).isFalse();
	}

	private static List<String> codes(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body().findValuesAsString("code");
	}

}
