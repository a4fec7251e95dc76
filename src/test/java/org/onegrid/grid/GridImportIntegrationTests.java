package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.grid.Fixtures.box;
import static org.onegrid.grid.Fixtures.collection;
import static org.onegrid.grid.Fixtures.feature;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridImportIntegrationTests {

	private static final String LAYER = "/api/v1/layers/imp";

	private static final String DISTRICT = feature("990100000000", "测试区", null, "区", box(10, 0, 10.04, 0.04));

	private static final String STREET_A = feature("990100001000", "甲街道", "990100000000", "街道",
			box(10, 0, 10.02, 0.04));

	private static final String STREET_B = feature("990100002000", "乙街道", "990100000000", "街道",
			box(10.02, 0, 10.04, 0.04));

	private static final String COMMUNITY = feature("990100001001", "一社区", "990100001000", "社区",
			box(10, 0, 10.02, 0.02));

	private static final String MICRO = feature("990100001001001", "一社区第1微网格", "990100001001", "微网格",
			box(10, 0, 10.01, 0.02));

	@Autowired
	TestApi api;

	@Autowired
	GridImport imports;

	private JsonNode before;

	@BeforeAll
	void importsAValidLayer() {
		Response created = api.post("/api/v1/layers", Fixtures.layer("imp", "ADMINISTRATIVE", "区", "街道", "社区", "微网格"));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		Response response = importFile(collection(DISTRICT, STREET_A, STREET_B, COMMUNITY, MICRO));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("imported").asInt()).isEqualTo(5);
		before = snapshot();
	}

	@Test
	void rejectsBodyThatIsNotAFeatureCollection() {
		assertRejected("{\"type\":\"Feature\"}", -1, "NOT_A_FEATURE_COLLECTION");
	}

	@Test
	void rejectsEmptyCollection() {
		assertRejected(collection(), -1, "EMPTY_COLLECTION");
	}

	@Test
	void rejectsItemThatIsNotAFeature() {
		assertRejected(collection(DISTRICT, "{\"type\":\"Point\"}"), 1, "NOT_A_FEATURE");
	}

	@Test
	void rejectsFeatureWithoutCode() {
		assertRejected(collection(DISTRICT, feature(null, "无编码", "990100000000", "街道", box(10, 0, 10.01, 0.01))),
				1, "MISSING_CODE");
	}

	@Test
	void rejectsFeatureWithoutName() {
		assertRejected(collection(DISTRICT, feature("990100003000", " ", "990100000000", "街道", box(10, 0, 10.01, 0.01))),
				1, "MISSING_NAME");
	}

	@Test
	void rejectsNameOverItsLimit() {
		assertRejected(collection(DISTRICT, feature("990100003000", "长".repeat(201), "990100000000", "街道",
				box(10, 0, 10.01, 0.01))), 1, "NAME_TOO_LONG");
	}

	@Test
	void rejectsFeatureWithoutGeometry() {
		assertRejected(collection(DISTRICT, feature("990100003000", "无图形", "990100000000", "街道", "null")), 1,
				"MISSING_GEOMETRY");
	}

	@Test
	void rejectsPointGeometry() {
		assertRejected(collection(DISTRICT, feature("990100003000", "点", "990100000000", "街道",
				"{\"type\":\"Point\",\"coordinates\":[10.01,0.01]}")), 1, "UNSUPPORTED_GEOMETRY_TYPE");
	}

	@Test
	void rejectsMalformedCoordinates() {
		assertRejected(collection(DISTRICT, feature("990100003000", "坏坐标", "990100000000", "街道",
				"{\"type\":\"Polygon\",\"coordinates\":[[[10,\"x\"],[10.01,0],[10.01,0.01],[10,0]]]}")), 1,
				"MALFORMED_COORDINATES");
	}

	@Test
	void rejectsCoordinatesOutOfRange() {
		assertRejected(collection(DISTRICT, feature("990100003000", "越界", "990100000000", "街道",
				box(10, 0, 190, 0.01))), 1, "COORDINATE_OUT_OF_RANGE");
	}

	@Test
	void rejectsUnclosedRing() {
		assertRejected(collection(DISTRICT, feature("990100003000", "未闭合", "990100000000", "街道",
				"{\"type\":\"Polygon\",\"coordinates\":[[[10,0],[10.01,0],[10.01,0.01],[10,0.01],[10,0.001]]]}")),
				1, "INVALID_GEOMETRY");
	}

	@Test
	void rejectsHoleOutsideItsShell() {
		assertRejected(collection(DISTRICT, feature("990100003000", "洞在外", "990100000000", "街道",
				Fixtures.boxWithHole(new double[] { 10, 0, 10.01, 0.01 }, new double[] { 10.02, 0.02, 10.03, 0.03 }))),
				1, "INVALID_GEOMETRY");
	}

	@Test
	void rejectsSelfIntersectingPolygon() {
		assertRejected(collection(DISTRICT, feature("990100003000", "蝴蝶结", "990100000000", "街道",
				"{\"type\":\"Polygon\",\"coordinates\":[[[10,0],[10.01,0.01],[10.01,0],[10,0.01],[10,0]]]}")), 1,
				"SELF_INTERSECTION");
	}

	@Test
	void explainsASelfIntersectionWithAPlainPosition() {
		Response response = importFile(collection(DISTRICT, feature("990100003000", "蝴蝶结", "990100000000", "街道",
				"{\"type\":\"Polygon\",\"coordinates\":[[[10,0],[10.01,0.01],[10.01,0],[10,0.01],[10,0]]]}")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().toString()).contains("near [10.005, 0.005]").doesNotContain("NaN");
	}

	@Test
	void rejectsDuplicateCode() {
		assertRejected(collection(DISTRICT, STREET_A, feature("990100001000", "重复", "990100000000", "街道",
				box(10.02, 0, 10.04, 0.04))), 2, "DUPLICATE_CODE");
	}

	@Test
	void rejectsUnknownParent() {
		assertRejected(collection(DISTRICT, feature("990100003000", "孤儿", "990100009000", "街道",
				box(10, 0, 10.01, 0.01))), 1, "UNKNOWN_PARENT");
	}

	@Test
	void rejectsUnknownLevel() {
		assertRejected(collection(DISTRICT, feature("990100003000", "怪层", "990100000000", "省",
				box(10, 0, 10.01, 0.01))), 1, "UNKNOWN_LEVEL");
	}

	@Test
	void rejectsChildAtOrAboveItsParentsLevel() {
		assertRejected(collection(DISTRICT, STREET_A, feature("990100001002", "倒挂", "990100001000", "街道",
				box(10, 0, 10.01, 0.01))), 2, "LEVEL_NOT_BELOW_PARENT");
	}

	@Test
	void rejectsCodeBreakingTheLayersRule() {
		assertRejected(collection(DISTRICT, STREET_A, COMMUNITY, feature("990100001002001", "错编码", "990100001001",
				"微网格", box(10, 0, 10.01, 0.01))), 3, "INVALID_CODE");
	}

	@Test
	void rejectsChildLyingOutsideItsParentBeyondTolerance() {
		assertRejected(collection(DISTRICT, feature("990100003000", "出界", "990100000000", "街道",
				box(10.03, 0, 10.05, 0.02))), 1, "OUTSIDE_PARENT");
	}

	@Test
	void rejectsParentCycle() {
		String a = "{\"type\":\"Feature\",\"properties\":{\"code\":\"990100005000\",\"name\":\"甲\",\"parent\":"
				+ "\"990100006000\"},\"geometry\":" + box(10, 0, 10.01, 0.01) + "}";
		String b = "{\"type\":\"Feature\",\"properties\":{\"code\":\"990100006000\",\"name\":\"乙\",\"parent\":"
				+ "\"990100005000\"},\"geometry\":" + box(10, 0, 10.01, 0.01) + "}";
		assertRejected(collection(a, b), 0, "PARENT_CYCLE");
	}

	@Test
	void listsEveryProblemOfTheFileAtOnce() {
		Response response = importFile(collection(DISTRICT,
				feature(null, "无编码", "990100000000", "街道", box(10, 0, 10.01, 0.01)),
				feature("990100003000", "孤儿", "990100009000", "街道", box(10, 0, 10.01, 0.01)),
				feature("990100004000", "越界", "990100000000", "街道", box(10, 0, 10.01, 95))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(codes(response)).containsExactly("1:MISSING_CODE", "2:UNKNOWN_PARENT", "3:COORDINATE_OUT_OF_RANGE");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void answersMalformedJsonWithBadRequest() {
		Response response = api.post(LAYER + "/import", "{\"type\":\"FeatureCollection\",");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void answersUnknownCrsFieldByField() {
		Response response = api.post(LAYER + "/import?crs=utm50", collection(DISTRICT));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("crs");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void answersImportIntoUnknownLayerWithNotFound() {
		assertThat(api.post("/api/v1/layers/nosuch/import", collection(DISTRICT)).status()).isEqualTo(404);
	}

	@Test
	void refusesInvalidLayerDefinitionFieldByField() {
		Response response = api.post("/api/v1/layers", "{\"code\":\"Bad Code\",\"name\":\"\",\"kind\":\"ops\","
				+ "\"levelNames\":[]}");
		assertThat(response.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		assertThat(fields).contains("code", "name", "levelNames");
		assertThat(api.get("/api/v1/layers/Bad Code").status()).isEqualTo(404);
	}

	@Test
	void exportsTheLayerAndASubtreeAsGeoJson() {
		JsonNode all = api.get(LAYER + "/export").body();
		assertThat(all.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(all.path("features")).hasSize(5);
		JsonNode subtree = api.get(LAYER + "/export?root=990100001000").body();
		List<String> codes = new ArrayList<>();
		subtree.path("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
		assertThat(codes).containsExactly("990100001000", "990100001001", "990100001001001");
		assertThat(subtree.path("features").get(2).path("properties").path("level").asString()).isEqualTo("微网格");
		assertThat(api.get(LAYER + "/export?root=000000000000").status()).isEqualTo(404);
	}

	@Test
	void showsTheLayerAsATree() {
		JsonNode roots = api.get(LAYER + "/tree").body();
		assertThat(roots).hasSize(1);
		assertThat(roots.get(0).path("children")).hasSize(2);
		assertThat(roots.get(0).path("children").get(0).path("children").get(0).path("grid").path("code").asString())
			.isEqualTo("990100001001");
	}

	@Test
	void reimportingAnExportedLayerReplacesItWithTheSameGrids() {
		api.post("/api/v1/layers", Fixtures.layer("imp-copy", "ADMINISTRATIVE", "区", "街道", "社区", "微网格"));
		JsonNode exported = api.get(LAYER + "/export").body();
		Response first = api.post("/api/v1/layers/imp-copy/import", exported.toString());
		Response second = api.post("/api/v1/layers/imp-copy/import", collection(DISTRICT, STREET_A));
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.body().path("imported").asInt()).isEqualTo(2);
		assertThat(second.body().path("version").asLong()).isGreaterThan(first.body().path("version").asLong());
		assertThat(api.get("/api/v1/layers/imp-copy/grids").body()).hasSize(2);
	}

	private void assertRejected(String file, int featureIndex, String code) {
		Response response = importFile(file);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(codes(response)).contains(featureIndex + ":" + code);
		assertThat(snapshot()).as("nothing was written").isEqualTo(before);
	}

	private Response importFile(String file) {
		return api.post(LAYER + "/import", file);
	}

	private static List<String> codes(Response response) {
		List<String> codes = new ArrayList<>();
		response.body().path("errors")
			.forEach(error -> codes.add(error.path("featureIndex").asInt() + ":" + error.path("code").asString()));
		return codes;
	}

	private JsonNode snapshot() {
		return TestApi.parse("{\"layer\":" + api.get(LAYER).body() + ",\"grids\":" + api.get(LAYER + "/export").body()
				+ "}");
	}

	@Test
	void checksAFileForALayerNotStoredYetWithoutCreatingIt() {
		var definition = new LayerDefinition("imp-unstored", "未建层", "ops", List.of("区", "街道"), null, null, null,
				null);
		JsonNode file = TestApi.parse(collection(DISTRICT, feature("990100003000", "蝴蝶结", "990100000000", "街道",
				"{\"type\":\"Polygon\",\"coordinates\":[[[10,0],[10.01,0.01],[10.01,0],[10,0.01],[10,0]]]}")));

		ImportResult result = imports.dryRun(definition, file, ImportMapping.DEFAULT);

		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::featureIndex, ImportProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SELF_INTERSECTION"));
		assertThat(imports.dryRun(definition, TestApi.parse(collection(DISTRICT)), ImportMapping.DEFAULT).imported())
			.isEqualTo(1);
		assertThat(api.get("/api/v1/layers/imp-unstored").status()).isEqualTo(404);
	}
}
