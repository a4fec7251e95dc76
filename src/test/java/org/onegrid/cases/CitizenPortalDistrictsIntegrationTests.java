package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A portal serving two districts: anyone may read which districts it serves, and a citizen's report is taken only
 * in a category that the district holding its place offers; elsewhere, or in a district that chose no services,
 * the whole catalogue is open.
 */
@IntegrationTest
class CitizenPortalDistrictsIntegrationTests {

	private static final String EAST = "east.portal.example";

	private static final String WEST = "west.portal.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@BeforeEach
	void twoDistricts() {
		new CaseFixtures(api);
		api.post("/api/v1/layers", """
				{"code":"portd","name":"门户两区","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""");
		Response imported = api.post("/api/v1/layers/portd/import", """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"PE","name":"门户东区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon",
				   "coordinates":[[[48.2,0],[48.25,0],[48.25,0.05],[48.2,0.05],[48.2,0]]]}},
				 {"type":"Feature","properties":{"code":"PW","name":"门户西区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[48.1,0],[48.15,0],[48.15,0.05],[48.1,0.05],[48.1,0]]]}}]}
				""");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		api.put("/api/v1/districts/" + EAST, "{\"name\":\"门户东区\",\"layer\":\"portd\",\"grid\":\"PE\"}");
		api.put("/api/v1/districts/" + WEST, "{\"name\":\"门户西区\",\"layer\":\"portd\",\"grid\":\"PW\"}");
	}

	@AfterEach
	void oneTerritoryAgain() {
		api.delete("/api/v1/catalogue/offers/" + EAST);
		api.delete("/api/v1/districts/" + EAST);
		api.delete("/api/v1/districts/" + WEST);
	}

	@Test
	void aReportIsTakenOnlyInAServiceItsPlacesDistrictOffers() throws Exception {
		JsonNode served = call(get("/api/v1/portal/districts"), 200);
		assertThat(served.findValuesAsString("code")).contains(EAST, WEST);
		assertThat(served.findValuesAsString("name")).contains("门户东区", "门户西区");
		assertThat(api.put("/api/v1/catalogue/offers/" + EAST,
				"{\"classes\":[{\"kind\":\"COMPONENT\",\"minorCode\":\"0101\"}]}").status()).isEqualTo(200);

		JsonNode refused = call(report("0201", 48.21), 400);
		assertThat(refused.path("errors").findValuesAsString("field")).containsExactly("minorCode");
		assertThat(refused.path("errors").findValuesAsString("code")).containsExactly("NOT_OFFERED");
		assertThat(refused.path("errors").get(0).path("detail").asString()).contains("门户东区");
		call(report("0101", 48.21), 201);
		call(report("0201", 48.11), 201);
	}

	private MockHttpServletRequestBuilder report(String minorCode, double lon) {
		return post("/api/v1/portal/reports").contentType(MediaType.APPLICATION_JSON).content("""
				{"requestId":"%s","kind":"COMPONENT","minorCode":"%s","description":"路面问题 / A road problem",
				 "lon":%s,"lat":0.01}
				""".formatted(UUID.randomUUID(), minorCode, lon));
	}

	private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return TestApi.parse(body);
	}
}
