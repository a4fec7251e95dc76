package org.onegrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.access.AccountDirectory;
import org.onegrid.access.ApiTokenIssuer;
import org.onegrid.access.SignIn;
import org.onegrid.open311.Open311Documents.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * One OneGrid serving two districts, each the territory of one grid: Open311's {@code jurisdiction_id} names the
 * district by its code, a request is taken only where that district lies, and requests are shown only to a call for
 * their own district. A call naming none is refused while there are several, and one naming an unknown district is
 * the spec's 404. An administrator describes the districts; a description naming no grid is refused field by field.
 */
@IntegrationTest
class Open311JurisdictionsIntegrationTests {

	private static final String EAST = "east.example.gov.cn";

	private static final String WEST = "west.example.gov.cn";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApi api;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	ApiTokenIssuer tokens;

	Open311Documents open311;

	@BeforeEach
	void twoDistricts() {
		Open311Clients.prepare(api, accounts, signIn, tokens);
		open311 = new Open311Documents(mvc);
		api.post("/api/v1/layers", """
				{"code":"o311d","name":"两区测试层","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""");
		Response imported = api.post("/api/v1/layers/o311d/import", """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"JE","name":"东区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[46.2,0],[46.25,0],[46.25,0.05],[46.2,0.05],[46.2,0]]]}},
				 {"type":"Feature","properties":{"code":"JW","name":"西区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon",
				   "coordinates":[[[46.1,0],[46.15,0],[46.15,0.05],[46.1,0.05],[46.1,0]]]}}]}
				""");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		assertThat(api.put("/api/v1/districts/" + EAST, district("东区", "JE")).status()).isEqualTo(201);
		assertThat(api.put("/api/v1/districts/" + WEST, district("西区", "JW")).status()).isEqualTo(201);
	}

	@AfterEach
	void oneTerritoryAgain() {
		api.delete("/api/v1/catalogue/offers/" + EAST);
		api.delete("/api/v1/districts/" + EAST);
		api.delete("/api/v1/districts/" + WEST);
	}

	@Test
	void eachDistrictTakesAndShowsOnlyItsOwnRequests() {
		String east = number(submit(EAST, "46.21"));
		String west = number(submit(WEST, "46.11"));

		Answer outside = submit(EAST, "46.11");
		assertThat(outside.status()).as(outside.body()).isEqualTo(400);
		assertThat(outside.body()).contains("outside the jurisdiction '" + EAST + "'");
		Answer unnamed = submit(null, "46.21");
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.body()).contains("jurisdiction_id is required");
		Answer unknown = submit("nowhere.example", "46.21");
		assertThat(unknown.status()).isEqualTo(404);

		assertThat(listed(EAST)).contains(east).doesNotContain(west);
		assertThat(listed(WEST)).contains(west).doesNotContain(east);
		assertThat(read(east, EAST).status()).isEqualTo(200);
		assertThat(read(east, WEST).status()).as("another district's request is not there").isEqualTo(404);
		assertThat(open311.perform(get("/open311/v2/services.json")).status())
			.as("several districts: the call must say which").isEqualTo(400);
		assertThat(open311.perform(get("/open311/v2/services.json").param("jurisdiction_id", WEST)).status())
			.isEqualTo(200);

		api.delete("/api/v1/districts/" + WEST);
		assertThat(open311.perform(get("/open311/v2/services.json")).status())
			.as("one district left: a call naming none is for it").isEqualTo(200);
		assertThat(listed(null)).contains(east).doesNotContain(west);
	}

	@Test
	void aDistrictWhoseGridDoesNotExistIsRefusedFieldByFieldAndNothingIsKept() {
		Response noGrid = api.put("/api/v1/districts/north.example", district("北区", "JN"));
		assertThat(noGrid.status()).isEqualTo(400);
		assertThat(fields(noGrid)).containsExactly("grid");
		Response badCode = api.put("/api/v1/districts/" + "-bad code", """
				{"name":"","layer":"o311d","grid":"JE"}
				""");
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(fields(badCode)).containsExactlyInAnyOrder("code", "name");
		assertThat(api.get("/api/v1/districts/north.example").status()).isEqualTo(404);
		List<String> codes = new ArrayList<>();
		api.get("/api/v1/districts").body().forEach(d -> codes.add(d.path("code").asString()));
		assertThat(codes).containsExactly(EAST, WEST);

		Response renamed = api.put("/api/v1/districts/" + EAST, district("东城区", "JE"));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.body().path("name").asString()).isEqualTo("东城区");
	}

	@Test
	void eachDistrictListsAndTakesOnlyTheServicesItOffers() {
		Response chosen = api.put("/api/v1/catalogue/offers/" + EAST, """
				{"classes":[{"kind":"COMPONENT","minorCode":"0101"},{"kind":"component","minorCode":"0101"}]}
				""");
		assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
		assertThat(chosen.body().path("classes")).hasSize(1);
		assertThat(serviceCodes(EAST)).containsExactly("C0101");
		assertThat(serviceCodes(WEST)).contains("C0101", "C0201").hasSizeGreaterThan(10);
		assertThat(definition("C0201", EAST).status()).as("东区 does not offer it").isEqualTo(404);
		assertThat(definition("C0201", WEST).status()).isEqualTo(200);
		assertThat(submit(EAST, "46.21", "C0201").status()).isEqualTo(404);
		number(submit(EAST, "46.21", "C0101"));

		Response unknown = api.put("/api/v1/catalogue/offers/" + EAST, """
				{"classes":[{"kind":"COMPONENT","minorCode":"9999"},{"kind":"SOUND","minorCode":"0101"}]}
				""");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("classes[0]", "classes[1].kind");
		assertThat(fields(api.put("/api/v1/catalogue/offers/" + EAST, "{\"classes\":[]}"))).containsExactly("classes");
		assertThat(api.put("/api/v1/catalogue/offers/nowhere.example", "{\"classes\":[]}").status())
			.isEqualTo(404);
		assertThat(serviceCodes(EAST)).as("a refused choice changes nothing").containsExactly("C0101");

		assertThat(api.delete("/api/v1/catalogue/offers/" + EAST).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/catalogue/offers/" + EAST).body().path("wholeCatalogue").asBoolean()).isTrue();
		assertThat(serviceCodes(EAST)).contains("C0101", "C0201");

		api.put("/api/v1/catalogue/offers/" + EAST, "{\"classes\":[{\"kind\":\"COMPONENT\",\"minorCode\":\"0101\"}]}");
		assertThat(api.delete("/api/v1/districts/" + EAST).status()).isEqualTo(204);
		api.put("/api/v1/districts/" + EAST, district("东区", "JE"));
		assertThat(api.get("/api/v1/catalogue/offers/" + EAST).body().path("wholeCatalogue").asBoolean())
			.as("a district described again under a code starts afresh").isTrue();
	}

	private List<String> serviceCodes(String jurisdiction) {
		Answer answer = open311.perform(get("/open311/v2/services.json").param("jurisdiction_id", jurisdiction));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> codes = new ArrayList<>();
		answer.json().forEach(service -> codes.add(service.path("service_code").asString()));
		return codes;
	}

	private Answer definition(String service, String jurisdiction) {
		return open311.perform(get("/open311/v2/services/" + service + ".json").param("jurisdiction_id",
				jurisdiction));
	}

	private Answer submit(String jurisdiction, String lon) {
		return submit(jurisdiction, lon, "C0101");
	}

	private Answer submit(String jurisdiction, String lon, String service) {
		var form = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", Open311Clients.reportingKey())
			.param("service_code", service)
			.param("lat", "0.01")
			.param("long", lon)
			.param("description", "井盖缺失 / A manhole cover is missing")
			.param("email", "citizen" + System.nanoTime() + "@example.org");
		return open311.perform(jurisdiction == null ? form : form.param("jurisdiction_id", jurisdiction));
	}

	private List<String> listed(String jurisdiction) {
		var request = get("/open311/v2/requests.json");
		Answer answer = open311.perform(jurisdiction == null ? request
				: request.param("jurisdiction_id", jurisdiction));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> numbers = new ArrayList<>();
		answer.json().forEach(r -> numbers.add(r.path("service_request_id").asString()));
		return numbers;
	}

	private Answer read(String number, String jurisdiction) {
		return open311.perform(get("/open311/v2/requests/" + number + ".json").param("jurisdiction_id", jurisdiction));
	}

	private static String number(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().path(0).path("service_request_id").asString();
	}

	private static String district(String name, String grid) {
		return """
				{"name":"%s","layer":"o311d","grid":"%s"}
				""".formatted(name, grid);
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}
}
