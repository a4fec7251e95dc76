package org.onegrid.grid;

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
 * A case shows the district it lies in, as the districts are described now. Every place lies in at most one
 * district: a district whose grid shares area with another district's grid, in the same layer or another, is refused
 * on its {@code grid} and nothing is kept, while districts that only meet along an edge are both served. A district
 * follows its grid to the grid's successor when new boundaries take its code away, and boundaries or a layer removal
 * that would leave it with no grid are refused.
 */
@IntegrationTest
class DistrictTerritoryIntegrationTests {

	@Autowired
	TestApi api;

	@BeforeEach
	void layers() {
		layer("dsto", """
				{"type":"Feature","properties":{"code":"A","name":"甲区","parent":null,"level":"区"},
				 "geometry":{"type":"Polygon","coordinates":[[[47.0,0],[47.05,0],[47.05,0.05],[47.0,0.05],[47.0,0]]]}},
				{"type":"Feature","properties":{"code":"B","name":"乙区","parent":null,"level":"区"},
				 "geometry":{"type":"Polygon","coordinates":[[[47.05,0],[47.1,0],[47.1,0.05],[47.05,0.05],[47.05,0]]]}}
				""");
		layer("dstp", """
				{"type":"Feature","properties":{"code":"C","name":"丙区","parent":null,"level":"区"},
				 "geometry":{"type":"Polygon",
				  "coordinates":[[[47.04,0],[47.06,0],[47.06,0.02],[47.04,0.02],[47.04,0]]]}}
				""");
	}

	@AfterEach
	void noDistricts() {
		for (String code : List.of("a.example", "b.example", "c.example", "a2.example")) {
			api.delete("/api/v1/districts/" + code);
		}
	}

	@Test
	void districtsMayMeetAlongAnEdgeButNeverShareArea() {
		assertThat(api.put("/api/v1/districts/a.example", district("甲区", "dsto", "A")).status()).isEqualTo(201);
		assertThat(api.put("/api/v1/districts/b.example", district("乙区", "dsto", "B")).status())
			.as("乙 only touches 甲 along their shared edge").isEqualTo(201);

		Response across = api.put("/api/v1/districts/c.example", district("丙区", "dstp", "C"));
		assertThat(across.status()).isEqualTo(400);
		assertThat(violations(across)).containsExactly("grid:OVERLAPS");
		Response twice = api.put("/api/v1/districts/a2.example", district("甲区二", "dsto", "A"));
		assertThat(twice.status()).as("the same grid under a second code").isEqualTo(400);
		assertThat(violations(twice)).containsExactly("grid:OVERLAPS");
		Response moved = api.put("/api/v1/districts/b.example", district("乙区", "dsto", "A"));
		assertThat(moved.status()).as("a district moved onto another's grid").isEqualTo(400);

		assertThat(codes()).containsExactly("a.example", "b.example");
		assertThat(api.get("/api/v1/districts/b.example").body().path("grid").asString()).isEqualTo("B");
		assertThat(api.put("/api/v1/districts/a.example", district("甲城区", "dsto", "A")).status())
			.as("a district does not overlap itself").isEqualTo(200);

		api.delete("/api/v1/districts/a.example");
		api.delete("/api/v1/districts/b.example");
		assertThat(api.put("/api/v1/districts/c.example", district("丙区", "dstp", "C")).status()).isEqualTo(201);
	}

	@Test
	void aCaseShowsTheDistrictWhoseGridItLiesIn() {
		api.put("/api/v1/districts/a.example", district("甲区", "dsto", "A"));
		Response inA = report(47.02);
		assertThat(inA.body().path("district").path("code").asString()).isEqualTo("a.example");
		assertThat(inA.body().path("district").path("name").asString()).isEqualTo("甲区");
		long inB = report(47.07).body().path("id").asLong();
		assertThat(api.get("/api/v1/cases/" + inB).body().path("district").isNull())
			.as("乙 is served by no district yet").isTrue();

		api.put("/api/v1/districts/b.example", district("乙区", "dsto", "B"));
		assertThat(api.get("/api/v1/cases/" + inB).body().path("district").path("code").asString())
			.as("a district described later takes in the cases already there").isEqualTo("b.example");
	}

	@Test
	void aReportOrFilingInACategoryItsDistrictDoesNotOfferIsRefusedWhateverTheChannel() {
		api.put("/api/v1/districts/a.example", district("甲区", "dsto", "A"));
		Response offered = api.put("/api/v1/catalogue/offers/a.example",
				"{\"classes\":[{\"kind\":\"COMPONENT\",\"minorCode\":\"0101\"}]}");
		assertThat(offered.status()).as(offered.body().toString()).isEqualTo(200);

		Response refused = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":47.02,"lat":0.02}
				""");
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
		assertThat(violations(refused)).containsExactly("minorCode:NOT_OFFERED");
		assertThat(refused.body().path("errors").get(0).path("detail").asString()).contains("甲区");
		assertThat(report(47.07).status()).as("乙 is in no district and takes every category").isEqualTo(201);
		Response taken = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0101",
				 "description":"井盖缺失 / Missing cover","lon":47.02,"lat":0.02}
				""");
		assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);

		String actions = "/api/v1/cases/" + taken.body().path("id").asLong() + "/actions/";
		assertThat(api.post(actions + "accept", "{}").status()).isEqualTo(200);
		Response recategorised = api.post(actions + "file",
				"{\"conditionMet\":true,\"kind\":\"COMPONENT\",\"minorCode\":\"0201\"}");
		assertThat(recategorised.status()).as(recategorised.body().toString()).isEqualTo(400);
		assertThat(violations(recategorised)).containsExactly("minorCode:NOT_OFFERED");
		assertThat(api.post(actions + "file", "{\"conditionMet\":true}").status())
			.as("the refused filing changed nothing").isEqualTo(200);
	}

	@Test
	void newBoundariesUnderWhichTwoDistrictsWouldOverlapAreRefusedInTheirLayerAndAnother() {
		api.put("/api/v1/districts/a.example", district("甲区", "dsto", "A"));
		api.put("/api/v1/districts/b.example", district("乙区", "dsto", "B"));
		String widerA = square("A", "甲区", 47.0, 47.07) + "," + square("B", "乙区", 47.05, 47.1);

		Response dryRun = api.post("/api/v1/layers/dsto/import?dryRun=true", collection(widerA));
		assertThat(dryRun.body().path("accepted").asBoolean()).as(dryRun.body().toString()).isFalse();
		assertThat(dryRun.body().path("problems").findValuesAsString("code")).containsExactly("DISTRICTS_OVERLAP");
		Response refused = api.post("/api/v1/layers/dsto/import", collection(widerA));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").get(0).path("detail").asString())
			.contains("'a.example'", "'b.example'");
		assertThat(report(47.06).body().path("district").path("code").asString())
			.as("the old boundaries still hold").isEqualTo("b.example");

		api.delete("/api/v1/districts/a.example");
		layer("dstp", square("C", "丙区", 47.0, 47.04));
		assertThat(api.put("/api/v1/districts/c.example", district("丙区", "dstp", "C")).status()).isEqualTo(201);
		Response across = api.post("/api/v1/layers/dstp/import", collection(square("C", "丙区", 47.04, 47.06)));
		assertThat(across.status()).as("丙 moved onto 乙 in another layer").isEqualTo(422);
		assertThat(api.post("/api/v1/layers/dstp/import", collection(square("C", "丙区", 47.0, 47.05))).status())
			.as("丙 now only meets 乙 along an edge").isEqualTo(200);
	}

	@Test
	void aDistrictFollowsItsGridToItsSuccessorAndIsNeverLeftWithoutOne() {
		api.put("/api/v1/districts/a.example", district("甲区", "dsto", "A"));
		api.put("/api/v1/districts/b.example", district("乙区", "dsto", "B"));
		String renamed = square("A9", "甲区", 47.0, 47.05) + "," + square("B", "乙区", 47.05, 47.1);

		Response preview = api.post("/api/v1/layers/dsto/import?dryRun=true", collection(renamed));
		assertThat(preview.body().path("accepted").asBoolean()).as(preview.body().toString()).isTrue();
		assertThat(districtMoves(preview)).containsExactly("a.example:A>A9:MOVED");
		assertThat(api.get("/api/v1/districts/a.example").body().path("grid").asString())
			.as("a dry run moves nothing").isEqualTo("A");
		Response imported = api.post("/api/v1/layers/dsto/import", collection(renamed));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		assertThat(districtMoves(imported)).containsExactly("a.example:A>A9:MOVED");
		assertThat(api.get("/api/v1/districts/a.example").body().path("grid").asString()).isEqualTo("A9");
		assertThat(report(47.02).body().path("district").path("code").asString()).isEqualTo("a.example");

		Response merged = api.post("/api/v1/layers/dsto/import", collection(square("AB", "甲乙区", 47.0, 47.1)));
		assertThat(merged.status()).as("both districts would follow onto one grid").isEqualTo(422);
		assertThat(merged.body().path("errors").findValuesAsString("code")).containsExactly("DISTRICTS_OVERLAP");

		String withoutA = collection(square("B", "乙区", 47.05, 47.1));
		Response dryRun = api.post("/api/v1/layers/dsto/import?dryRun=true", withoutA);
		assertThat(dryRun.body().path("accepted").asBoolean()).as(dryRun.body().toString()).isFalse();
		assertThat(dryRun.body().path("problems").findValuesAsString("code")).containsExactly("DISTRICT_GRID_REMOVED");
		Response removed = api.post("/api/v1/layers/dsto/import", withoutA);
		assertThat(removed.status()).as(removed.body().toString()).isEqualTo(422);
		assertThat(removed.body().path("errors").get(0).path("detail").asString()).contains("'A9'", "'a.example'");
		assertThat(report(47.02).body().path("district").path("code").asString())
			.as("the district keeps its territory").isEqualTo("a.example");

		Response layerGone = api.delete("/api/v1/layers/dsto");
		assertThat(layerGone.status()).as("a layer holding districts stays").isEqualTo(409);
		assertThat(layerGone.body().path("detail").asString()).contains("'a.example'", "'b.example'");
		assertThat(api.get("/api/v1/layers/dsto").status()).isEqualTo(200);
		api.delete("/api/v1/districts/a.example");
		api.delete("/api/v1/districts/b.example");
		assertThat(api.delete("/api/v1/layers/dsto").status()).isEqualTo(204);
	}

	private static List<String> districtMoves(Response result) {
		List<String> moves = new ArrayList<>();
		result.body().path("moves").forEach(move -> {
			if (move.path("subject").asString().equals("district")) {
				moves.add(move.path("id").asString() + ":" + move.path("from").asString() + ">"
						+ move.path("to").asString() + ":" + move.path("outcome").asString());
			}
		});
		return moves;
	}

	private static String square(String code, String name, double west, double east) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":null,"level":"区"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,0],[%s,0],[%s,0.05],[%s,0.05],[%s,0]]]}}
				""".formatted(code, name, west, east, east, west, west);
	}

	private static String collection(String features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
	}

	private Response report(double lon) {
		Response response = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":%s,"lat":0.02}
				""".formatted(lon));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response;
	}

	private void layer(String code, String features) {
		api.post("/api/v1/layers", """
				{"code":"%s","name":"区县重叠测试","kind":"governance","levelNames":["区"],"codeRule":"FREE"}
				""".formatted(code));
		Response imported = api.post("/api/v1/layers/" + code + "/import",
				"{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
	}

	private List<String> codes() {
		List<String> codes = new ArrayList<>();
		api.get("/api/v1/districts").body().forEach(d -> codes.add(d.path("code").asString()));
		return codes;
	}

	private static String district(String name, String layer, String grid) {
		return """
				{"name":"%s","layer":"%s","grid":"%s"}
				""".formatted(name, layer, grid);
	}

	private static List<String> violations(Response response) {
		List<String> found = new ArrayList<>();
		response.body().path("errors").forEach(e -> found.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return found;
	}
}
