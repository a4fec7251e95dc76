package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A screen for one of the districts an installation serves finds that district's cases by its code alone: the
 * search (and its export, by the same filter) narrows to the district's grid. A code no district has, or a district together with a
 * layer or grid, is refused naming {@code district}.
 */
@IntegrationTest
class CaseDistrictSearchIntegrationTests {

	@Autowired
	TestApi api;

	@AfterEach
	void oneTerritoryAgain() {
		api.delete("/api/v1/districts/street-s91.example");
		api.delete("/api/v1/districts/district-n9.example");
	}

	@Test
	void aDistrictsCodeFindsTheCasesInItsGridOnly() {
		CaseFixtures fixtures = new CaseFixtures(api).withLayerWithoutStreet();
		assertThat(api.put("/api/v1/districts/street-s91.example", """
				{"name":"九一街道","layer":"ops","grid":"S91"}""").status()).isEqualTo(201);
		assertThat(api.put("/api/v1/districts/district-n9.example", """
				{"name":"无街道区","layer":"case-nostreet","grid":"N9"}""").status()).isEqualTo(201);
		long inStreet = fixtures.report(CaseFixtures.patrolReport("")).path("id").asLong();
		long elsewhere = fixtures.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201",
				CaseFixtures.NO_STREET_LON, CaseFixtures.NO_STREET_LAT, "")).path("id").asLong();

		assertThat(ids("district=street-s91.example")).contains(inStreet).doesNotContain(elsewhere);
		assertThat(ids("district=district-n9.example")).contains(elsewhere).doesNotContain(inStreet);

		assertThat(CaseFixtures.errors(api.get("/api/v1/cases?district=nowhere.example"), 400))
			.containsExactly("district:UNKNOWN");
		assertThat(CaseFixtures.errors(api.get("/api/v1/cases/export?district=nowhere.example"), 400))
			.containsExactly("district:UNKNOWN");
		assertThat(CaseFixtures.errors(api.get("/api/v1/cases?district=street-s91.example&layer=ops&grid=S91"), 400))
			.containsExactly("district:EXCLUSIVE");
	}

	private List<Long> ids(String query) {
		Response response = api.get("/api/v1/cases?size=200&" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : response.body().path("items")) {
			ids.add(item.path("id").asLong());
		}
		return ids;
	}
}
