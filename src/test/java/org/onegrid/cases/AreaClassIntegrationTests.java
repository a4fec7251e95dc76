package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AreaClassIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-11-02T09:00");
	}

	@AfterEach
	void tearDown() {
		clock.reset();
		api.delete("/api/v1/catalogue/area-classes/ops/M9111");
	}

	@Test
	void takesTheAreaClassOfTheDeepestGridThatHasOneAndItsHandlingLimit() {
		assertThat(api.put("/api/v1/catalogue/area-classes/ops/S91", "{\"areaClass\":\"C\"}").status()).isEqualTo(200);
		assertThat(api.put("/api/v1/catalogue/area-classes/ops/M9111", "{\"areaClass\":\"A\"}").status())
			.isEqualTo(200);
		try {
			JsonNode reported = cases.report(CaseFixtures.patrolReport("").replace("\"0201\"", "\"0101\""));
			assertThat(reported.path("areaClass").asString()).isEqualTo("A");
			long id = reported.path("id").asLong();
			cases.ok(id, "accept", "");
			cases.ok(id, "file", "\"conditionMet\":true");
			JsonNode dispatched = cases.ok(id, "dispatch", "");
			assertThat(dispatched.path("clock").path("limit").asString()).isEqualTo("4 working hours");
			assertThat(dispatched.path("clock").path("deadline").asString()).isEqualTo("2026-11-02T06:00:00Z");
		}
		finally {
			api.delete("/api/v1/catalogue/area-classes/ops/S91");
		}
		JsonNode general = cases.report(CaseFixtures.patrolReport("").replace("\"0201\"", "\"0101\""));
		assertThat(general.path("areaClass").asString()).isEqualTo("A");
		api.delete("/api/v1/catalogue/area-classes/ops/M9111");
		assertThat(cases.report(CaseFixtures.patrolReport("")).path("areaClass").asString()).isEqualTo("B");
	}

	@Test
	void refusesAnUnknownAreaClassFieldByField() {
		var response = api.put("/api/v1/catalogue/area-classes/ops/M9111", "{\"areaClass\":\"Z\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("areaClass");
		assertThat(api.get("/api/v1/catalogue/area-classes").body()).noneMatch(rule -> rule.path("gridCode")
			.asString()
			.equals("M9111"));
	}
}
