package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A district says which level handles a tier: 较大 cases handled in the community instead of the street, set as data
 * and taken back to the installation's levels, with a wrong level refused field by field and nothing changed.
 */
@IntegrationTest
class TierLevelsIntegrationTests {

	private static final String SERIOUS = "/api/v1/tier-levels/SERIOUS";

	@Autowired
	TestApi api;

	CaseFixtures cases;

	@BeforeEach
	void installationLevels() {
		cases = new CaseFixtures(api);
		api.delete(SERIOUS);
	}

	@Test
	void aDistrictHandlesSeriousCasesInTheCommunityUntilItGivesTheTierBack() {
		JsonNode installed = api.get(SERIOUS).body();
		assertThat(installed.path("district").asBoolean()).isFalse();
		assertThat(installed.path("nameZh").asString()).isEqualTo("较大");
		assertThat(api.get("/api/v1/tier-levels").body()).hasSize(4);
		try {
			JsonNode set = api.put(SERIOUS, "{\"levels\":[\"2\"]}").body();
			assertThat(set.path("district").asBoolean()).isTrue();
			assertThat(set.path("levels").get(0).asString()).isEqualTo("社区");
			assertThat(filedAs("SERIOUS").path("handlingGrid").asString()).isEqualTo("C911");
		}
		finally {
			assertThat(api.delete(SERIOUS).status()).isEqualTo(204);
		}
		assertThat(filedAs("SERIOUS").path("handlingGrid").asString()).isEqualTo("S91");
		assertThat(api.delete(SERIOUS).status()).isEqualTo(404);
	}

	@Test
	void refusesLevelsThePrimaryLayerLacksFieldByFieldAndChangesNothing() {
		assertThat(errors(api.put(SERIOUS, "{\"levels\":[\"片区\",\" \",\"社区\",\"2\"]}"), 400))
			.containsExactly("levels[0]:UNKNOWN_LEVEL", "levels[1]:REQUIRED", "levels[3]:DUPLICATE");
		assertThat(errors(api.put(SERIOUS, "{\"levels\":[]}"), 400)).containsExactly("levels:REQUIRED");
		assertThat(api.get(SERIOUS).body().path("district").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/tier-levels/HUGE").status()).isEqualTo(404);
	}

	private JsonNode filedAs(String tier) {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		cases.ok(id, "accept", "");
		return cases.ok(id, "file", "\"conditionMet\":true,\"tier\":\"" + tier + "\"");
	}
}
