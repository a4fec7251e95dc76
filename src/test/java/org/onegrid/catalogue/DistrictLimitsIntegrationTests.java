package org.onegrid.catalogue;

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
 * Two districts served by one installation give the same category different limits: a case takes the limits of the
 * district that holds it, stage by stage, and a case elsewhere keeps the catalogue's. A district's limits pass the
 * same checks as the catalogue's, hold in every area class, are refused whole when one is wrong, and go with the
 * district.
 */
@IntegrationTest
class DistrictLimitsIntegrationTests {

	private static final String OWN = """
			{"classes":[{"kind":"COMPONENT","minorCode":"0201","timeLimits":[
			  {"stage":"ACCEPT","amount":2,"unit":"HOURS"},{"stage":"DISPATCH","amount":2,"unit":"HOURS"},
			  {"stage":"HANDLE","amount":2,"unit":"HOURS"},{"stage":"CHECK","amount":2,"unit":"HOURS"}]}]}
			""";

	@Autowired
	TestApi api;

	@BeforeEach
	void districts() {
		api.post("/api/v1/layers", """
				{"code":"dlim","name":"区县时限测试","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""");
		Response imported = api.post("/api/v1/layers/dlim/import", """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"A","name":"甲区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[48.0,0],[48.05,0],[48.05,0.05],[48.0,0.05],[48.0,0]]]}},
				 {"type":"Feature","properties":{"code":"B","name":"乙区","parent":null,"level":"区"},
				  "geometry":{"type":"Polygon","coordinates":[[[48.05,0],[48.1,0],[48.1,0.05],[48.05,0.05],[48.05,0]]]}}
				]}""");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		for (String grid : List.of("A", "B")) {
			Response put = api.put("/api/v1/districts/" + grid.toLowerCase() + ".dlim.example", """
					{"name":"%s区","layer":"dlim","grid":"%s"}""".formatted(grid, grid));
			assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
		}
	}

	@AfterEach
	void noDistricts() {
		api.delete("/api/v1/districts/a.dlim.example");
		api.delete("/api/v1/districts/b.dlim.example");
	}

	@Test
	void aCaseTakesTheLimitsOfTheDistrictThatHoldsIt() {
		Response put = api.put("/api/v1/catalogue/district-limits/a.dlim.example", OWN);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
		assertThat(put.body().path("classes").get(0).path("timeLimits").size()).isEqualTo(4);

		Response inA = report(48.02);
		String stage = inA.body().path("clock").path("stage").asString();
		assertThat(inA.body().path("clock").path("limit").asString()).isEqualTo("2 working hours");
		Response inB = report(48.07);
		assertThat(inB.body().path("clock").path("stage").asString()).isEqualTo(stage);
		assertThat(inB.body().path("clock").path("limit").asString())
			.as("乙 keeps the catalogue's limit").isEqualTo(catalogueLimit(stage, null));
		assertThat(catalogueLimit(stage, "a.dlim.example")).isEqualTo("2 working hours");

		assertThat(api.delete("/api/v1/catalogue/district-limits/a.dlim.example").status()).isEqualTo(204);
		assertThat(api.get("/api/v1/catalogue/district-limits/a.dlim.example").body().path("classes").size())
			.isZero();
		assertThat(report(48.03).body().path("clock").path("limit").asString())
			.as("甲 keeps the catalogue's limits again").isEqualTo(catalogueLimit(stage, null));
	}

	@Test
	void aStageTheDistrictDoesNotNameKeepsTheCataloguesLimit() {
		String stage = report(48.02).body().path("clock").path("stage").asString();
		String other = "HANDLE".equals(stage) ? "CHECK" : "HANDLE";
		api.put("/api/v1/catalogue/district-limits/a.dlim.example", """
				{"classes":[{"kind":"COMPONENT","minorCode":"0201","timeLimits":[
				  {"stage":"%s","amount":3,"unit":"HOURS"}]}]}""".formatted(other));
		assertThat(report(48.02).body().path("clock").path("limit").asString())
			.isEqualTo(catalogueLimit(stage, null));
	}

	@Test
	void wrongLimitsAreRefusedWholeAndChangeNothing() {
		api.put("/api/v1/catalogue/district-limits/a.dlim.example", OWN);
		Response wrong = api.put("/api/v1/catalogue/district-limits/a.dlim.example", """
				{"classes":[{"kind":"COMPONENT","minorCode":"0201","timeLimits":[
				   {"stage":"HANDLE","amount":999,"unit":"DAYS"},{"stage":"HANDLE","amount":1,"unit":"DAYS"},
				   {"stage":"SOON","amount":1,"unit":"DAYS"},
				   {"stage":"CHECK","areaClass":"A","amount":1,"unit":"DAYS"}]},
				 {"kind":"COMPONENT","minorCode":"9999","timeLimits":[{"stage":"HANDLE","amount":1,"unit":"DAYS"}]},
				 {"kind":"COMPONENT","minorCode":"0201","timeLimits":[]}]}""");
		assertThat(wrong.status()).as(wrong.body().toString()).isEqualTo(400);
		assertThat(violations(wrong)).contains("classes[0].timeLimits[0].amount:OVER_CAP",
				"classes[0].timeLimits[1]:DUPLICATE", "classes[1].minorCode:UNKNOWN", "classes[2]:DUPLICATE",
				"classes[2].timeLimits:REQUIRED", "classes[0].timeLimits[3].areaClass:NOT_SUPPORTED");
		assertThat(violations(wrong)).anyMatch(v -> v.startsWith("classes[0].timeLimits[2].stage:"));
		assertThat(violations(api.put("/api/v1/catalogue/district-limits/a.dlim.example", "{\"classes\":[]}")))
			.containsExactly("classes:REQUIRED");
		assertThat(api.put("/api/v1/catalogue/district-limits/nowhere.example", OWN).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/catalogue/time-limits?kind=COMPONENT&category=0201&district=nowhere.example")
			.status()).isEqualTo(400);

		Response kept = api.get("/api/v1/catalogue/district-limits/a.dlim.example");
		assertThat(kept.body().path("classes").get(0).path("timeLimits").get(0).path("amount").asInt())
			.as("the refused change left the district's limits as they were").isEqualTo(2);
	}

	@Test
	void aDistrictHoldsEveryStageToItsMaximumWhateverTheCatalogueGives() {
		assertThat(catalogueLimit("HANDLE", null)).as("the catalogue gives more than a day").endsWith("days");
		Response put = api.put("/api/v1/catalogue/district-limits/a.dlim.example", "{\"maxWorkingDays\":1}");
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
		assertThat(api.get("/api/v1/catalogue/district-limits/a.dlim.example").body().path("maxWorkingDays").asInt())
			.isEqualTo(1);
		assertThat(catalogueLimit("HANDLE", "a.dlim.example")).isEqualTo("1 working day");
		assertThat(catalogueLimit("HANDLE", "b.dlim.example")).as("乙 keeps the installation's maximum")
			.isEqualTo(catalogueLimit("HANDLE", null));

		Response over = api.put("/api/v1/catalogue/district-limits/a.dlim.example", """
				{"maxWorkingDays":1,"classes":[{"kind":"COMPONENT","minorCode":"0201","timeLimits":[
				  {"stage":"HANDLE","amount":2,"unit":"DAYS"}]}]}""");
		assertThat(violations(over)).containsExactly("classes[0].timeLimits[0].amount:OVER_CAP");
		assertThat(violations(api.put("/api/v1/catalogue/district-limits/a.dlim.example", "{\"maxWorkingDays\":16}")))
			.as("no laxer than the installation").containsExactly("maxWorkingDays:OUT_OF_RANGE");
		assertThat(violations(api.put("/api/v1/catalogue/district-limits/a.dlim.example", "{\"maxWorkingDays\":0}")))
			.containsExactly("maxWorkingDays:OUT_OF_RANGE");
		assertThat(catalogueLimit("HANDLE", "a.dlim.example")).as("refusals changed nothing").isEqualTo("1 working day");

		assertThat(api.delete("/api/v1/catalogue/district-limits/a.dlim.example").status()).isEqualTo(204);
		assertThat(api.get("/api/v1/catalogue/district-limits/a.dlim.example").body().path("maxWorkingDays").isNull())
			.isTrue();
		assertThat(catalogueLimit("HANDLE", "a.dlim.example")).isEqualTo(catalogueLimit("HANDLE", null));
	}

	@Test
	void aDistrictNoLongerServedTakesItsLimitsWithIt() {
		api.put("/api/v1/catalogue/district-limits/a.dlim.example", OWN);
		api.delete("/api/v1/districts/a.dlim.example");
		api.put("/api/v1/districts/a.dlim.example", "{\"name\":\"A区\",\"layer\":\"dlim\",\"grid\":\"A\"}");
		assertThat(api.get("/api/v1/catalogue/district-limits/a.dlim.example").body().path("classes").size())
			.isZero();
	}

	private String catalogueLimit(String stage, String district) {
		Response limits = api.get("/api/v1/catalogue/time-limits?kind=COMPONENT&category=0201"
				+ (district == null ? "" : "&district=" + district));
		assertThat(limits.status()).as(limits.body().toString()).isEqualTo(200);
		for (var limit : limits.body()) {
			if (limit.path("stage").asString().equals(stage)) {
				int amount = limit.path("limit").path("amount").asInt();
				boolean days = "DAYS".equals(limit.path("limit").path("unit").asString());
				return amount + " working " + (days ? "day" : "hour") + (amount == 1 ? "" : "s");
			}
		}
		throw new AssertionError("no " + stage + " limit in " + limits.body());
	}

	private Response report(double lon) {
		Response response = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":%s,"lat":0.02}
				""".formatted(lon));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		assertThat(response.body().path("clock").isObject()).as(response.body().toString()).isTrue();
		return response;
	}

	private static List<String> violations(Response response) {
		List<String> found = new ArrayList<>();
		response.body().path("errors").forEach(e -> found.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return found;
	}
}
