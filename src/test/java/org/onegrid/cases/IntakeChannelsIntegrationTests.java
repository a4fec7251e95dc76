package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A district adds a channel of its own as data: it is refused field by field until it is right, reports name it and
 * carry its details, searches and the case show it while its rules are its kind's, and it cannot be removed once a
 * case came in on it; the built-in channels keep their kind and stay.
 */
@IntegrationTest
class IntakeChannelsIntegrationTests {

	private static final String CHANNELS = "/api/v1/channels/";

	@Autowired
	TestApi api;

	@Test
	void aDistrictChannelIsCheckedStoredReportedOnAndKeptWhileInUse() {
		CaseFixtures cases = new CaseFixtures(api);
		Response refused = api.put(CHANNELS + "bad code", """
				{"nameZh":"","nameEn":"x","kind":"SMOKE_SIGNAL","requiredDetails":["ticket no"]}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().findValuesAsString("field")).contains("code", "nameZh", "kind",
				"requiredDetails[0]");
		assertThat(api.put(CHANNELS + "PATROL", """
				{"nameZh":"巡查","nameEn":"Patrol","kind":"CITIZEN"}""").status()).as("a built-in is its own kind")
			.isEqualTo(400);

		Response created = api.put(CHANNELS + "TEST_SAFETY", """
				{"nameZh":"测试平安系统","nameEn":"Test safety system","kind":"HOTLINE_12345",
				 "requiredDetails":["eventNo"]}""");
		assertThat(created.status()).as(created.body().toString()).isIn(200, 201);
		assertThat(api.get("/api/v1/channels").body().findValuesAsString("code")).contains("PATROL", "TEST_SAFETY");

		Response missing = api.post("/api/v1/cases", CaseFixtures.reportOf("TEST_SAFETY", "COMPONENT", "0201",
				CaseFixtures.LON, CaseFixtures.LAT, ""));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().findValuesAsString("field")).containsExactly("channelDetails.eventNo");
		Response unknown = api.post("/api/v1/cases", CaseFixtures.reportOf("NO_SUCH_CHANNEL", "COMPONENT", "0201",
				CaseFixtures.LON, CaseFixtures.LAT, ""));
		assertThat(unknown.body().findValuesAsString("field")).containsExactly("channel");

		JsonNode reported = cases.report(CaseFixtures.reportOf("test_safety", "COMPONENT", "0201", CaseFixtures.LON,
				CaseFixtures.LAT, "\"channelDetails\":{\"eventNo\":\"PA-1\"}"));
		assertThat(reported.path("channel").asString()).isEqualTo("HOTLINE_12345");
		assertThat(reported.path("channelCode").asString()).isEqualTo("TEST_SAFETY");
		assertThat(reported.path("state").asString()).as("verified first, as 12345 reports are")
			.isEqualTo("AWAITING_VERIFICATION");
		JsonNode found = api.get("/api/v1/cases?channel=TEST_SAFETY").body();
		assertThat(found.path("items").findValuesAsString("id")).contains(reported.path("id").asString());
		assertThat(found.path("items").findValuesAsString("channelCode")).containsOnly("TEST_SAFETY");
		assertThat(api.get("/api/v1/cases?channel=NOPE").status()).isEqualTo(400);

		assertThat(api.delete(CHANNELS + "TEST_SAFETY").status()).as("a case came in on it").isEqualTo(409);
		assertThat(api.delete(CHANNELS + "HOTLINE_12345").status()).as("built in").isEqualTo(409);
		assertThat(api.put(CHANNELS + "TEST_UNUSED", """
				{"nameZh":"未用渠道","nameEn":"Unused","kind":"CITIZEN"}""").status()).isIn(200, 201);
		assertThat(api.delete(CHANNELS + "TEST_UNUSED").status()).isEqualTo(204);
		assertThat(api.get(CHANNELS + "TEST_UNUSED").status()).isEqualTo(404);
	}
}
