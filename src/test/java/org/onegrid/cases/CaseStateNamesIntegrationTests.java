package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The fixed states with the district's display names, renamed without changing what they mean.
 */
@IntegrationTest
class CaseStateNamesIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-17T09:00");
	}

	@AfterEach
	void restoreNamesAndClock() {
		api.put("/api/v1/cases/states/REPORTED", "{\"nameZh\":\"待受理\",\"nameEn\":\"Reported\"}");
		clock.reset();
	}

	@Test
	void listsEveryStateInLifecycleOrderWithItsDefaultNames() {
		JsonNode states = api.get("/api/v1/cases/states").body();
		assertThat(states).hasSize(CaseState.values().length);
		assertThat(states.get(0).path("state").asString()).isEqualTo("AWAITING_VERIFICATION");
		assertThat(states.get(0).path("name").path("zh").asString()).isEqualTo("待核实");
		assertThat(states.get(0).path("stage").asString()).isEqualTo("ACCEPT");
		JsonNode closed = states.get(CaseState.CLOSED.ordinal());
		assertThat(closed.path("open").asBoolean()).isFalse();
		assertThat(closed.path("terminal").asBoolean()).isFalse();
		JsonNode evaluated = states.get(CaseState.EVALUATED.ordinal());
		assertThat(evaluated.path("terminal").asBoolean()).isTrue();
		assertThat(states.get(CaseState.SUSPENDED.ordinal()).path("open").asBoolean()).isTrue();
	}

	@Test
	void renamedStateShowsInTheCaseAndInSearch() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		Response renamed = api.put("/api/v1/cases/states/REPORTED",
				"{\"nameZh\":\" 待派单受理 \",\"nameEn\":\"Awaiting intake\"}");
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.body().path("name").path("zh").asString()).isEqualTo("待派单受理");

		JsonNode reported = cases.get(id);
		assertThat(reported.path("state").asString()).isEqualTo("REPORTED");
		assertThat(reported.path("stateName").path("zh").asString()).isEqualTo("待派单受理");
		assertThat(reported.path("stateName").path("en").asString()).isEqualTo("Awaiting intake");
		JsonNode item = api.get("/api/v1/cases?state=REPORTED&from=2026-03-17T01:00:00Z&to=2026-03-17T01:01:00Z")
			.body().path("items").get(0);
		assertThat(item.path("stateName").path("en").asString()).isEqualTo("Awaiting intake");
		assertThat(cases.ok(id, "accept", "").path("stateName").path("zh").asString()).isEqualTo("已受理");
	}

	@Test
	void renamingAnUnknownStateIs404() {
		assertThat(api.put("/api/v1/cases/states/LOST", "{\"nameZh\":\"丢失\",\"nameEn\":\"Lost\"}").status())
			.isEqualTo(404);
	}

	@Test
	void refusesBlankOrOverlongNames() {
		assertThat(errors(api.put("/api/v1/cases/states/REPORTED", "{\"nameZh\":\" \"}"), 400))
			.containsExactlyInAnyOrder("nameZh:REQUIRED", "nameEn:REQUIRED");
		assertThat(errors(api.put("/api/v1/cases/states/REPORTED",
				"{\"nameZh\":\"" + "长".repeat(41) + "\",\"nameEn\":\"Reported\"}"), 400))
			.containsExactly("nameZh:SIZE");
		assertThat(api.get("/api/v1/cases/states").body().get(CaseState.REPORTED.ordinal()).path("name").path("zh")
			.asString()).isEqualTo("待受理");
	}
}
