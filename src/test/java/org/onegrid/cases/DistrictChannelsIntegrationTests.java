package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district that names its channels takes cases in on those only: a report at a place in it on another channel is
 * refused on its channel before anything is stored, while the same report elsewhere is taken. The choice is checked
 * entry by entry, and goes with the district.
 */
@IntegrationTest
class DistrictChannelsIntegrationTests {

	private static final String URI = "/api/v1/district-channels/a.dch.example";

	@Autowired
	TestApi api;

	CaseFixtures cases;

	@BeforeEach
	void district() {
		cases = new CaseFixtures(api);
		api.post("/api/v1/layers", """
				{"code":"dch","name":"区县渠道测试","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""");
		Response imported = api.post("/api/v1/layers/dch/import", """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"A","name":"甲区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[49.0,0],[49.05,0],[49.05,0.05],[49.0,0.05],[49.0,0]]]}},
				 {"type":"Feature","properties":{"code":"B","name":"乙区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[49.05,0],[49.1,0],[49.1,0.05],[49.05,0.05],[49.05,0]]]}}
				]}""");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		Response put = api.put("/api/v1/districts/a.dch.example", "{\"name\":\"甲区\",\"layer\":\"dch\",\"grid\":\"A\"}");
		assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
	}

	@AfterEach
	void noDistrict() {
		api.delete("/api/v1/districts/a.dch.example");
	}

	@Test
	void aReportOnAChannelItsDistrictDoesNotTakeIsRefusedAndTakenElsewhere() {
		Response chosen = api.put(URI, "{\"channels\":[\"PATROL\",\"hotline_12345\"]}");
		assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
		assertThat(chosen.body().path("channels").toString()).isEqualTo("[\"HOTLINE_12345\",\"PATROL\"]");
		long before = cases.total("");

		Response refused = api.post("/api/v1/cases", police(49.02));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
		assertThat(violations(refused)).containsExactly("channel:NOT_TAKEN");
		assertThat(refused.body().path("errors").get(0).path("detail").asString()).contains("甲区", "POLICE_110");
		assertThat(cases.total("")).isEqualTo(before);
		assertThat(api.post("/api/v1/cases", police(49.07)).status()).as("乙 is in no district").isEqualTo(201);
		assertThat(api.post("/api/v1/cases", CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", 49.02, 0.02, ""))
			.status()).isEqualTo(201);

		assertThat(api.delete(URI).status()).isEqualTo(204);
		assertThat(api.get(URI).body().path("everyChannel").asBoolean()).isTrue();
		assertThat(api.post("/api/v1/cases", police(49.02)).status()).as("every channel again").isEqualTo(201);
	}

	@Test
	void aWrongChoiceIsRefusedEntryByEntryAndTheChoiceGoesWithTheDistrict() {
		assertThat(violations(api.put(URI, "{\"channels\":[]}"))).containsExactly("channels:REQUIRED");
		assertThat(violations(api.put(URI, "{\"channels\":[\"PATROL\",\"NO_SUCH\",null]}")))
			.containsExactly("channels[1]:UNKNOWN", "channels[2]:UNKNOWN");
		assertThat(api.put("/api/v1/district-channels/nowhere.example", "{\"channels\":[\"PATROL\"]}").status())
			.isEqualTo(404);
		assertThat(api.get(URI).body().path("everyChannel").asBoolean()).as("nothing was kept").isTrue();

		api.put(URI, "{\"channels\":[\"PATROL\"]}");
		api.delete("/api/v1/districts/a.dch.example");
		district();
		assertThat(api.get(URI).body().path("everyChannel").asBoolean()).isTrue();
	}

	private static String police(double lon) {
		return CaseFixtures.reportOf("POLICE_110", "COMPONENT", "0201", lon, 0.02,
				"\"channelDetails\":{\"incidentNo\":\"110-20261207-01\"}");
	}

	private static List<String> violations(Response response) {
		List<String> found = new ArrayList<>();
		response.body().path("errors").forEach(e -> found.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return found;
	}
}
