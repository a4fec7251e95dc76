package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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

/**
 * Boundary files as they come: a dry run that reports and writes nothing, repair of invalid polygons, the file's own
 * property names, and the coordinate system declared at import.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundaryImportIntegrationTests {

	private static final String LAYER = "/api/v1/layers/bnd";

	/** A 0.01° square at the equator crossed into a bow-tie: two triangles, each a quarter of the square. */
	private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[20,0],[20.01,0.01],[20.01,0],"
			+ "[20,0.01],[20,0]]]}";

	private static final String STREET = feature("S1", "甲街道", null, "街道", box(20, 0, 20.04, 0.04));

	private static final String GOOD = feature("C1", "一社区", "S1", "社区", box(20.02, 0, 20.03, 0.01));

	private static final String OTHER = feature("C3", "三社区", "S1", "社区", box(20.03, 0, 20.04, 0.01));

	@Autowired
	TestApi api;

	private JsonNode before;

	@BeforeAll
	void importsALayer() {
		api.post("/api/v1/layers", Fixtures.layer("bnd", "FREE", "街道", "社区"));
		Response imported = api.post(LAYER + "/import", collection(STREET, GOOD));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		before = snapshot();
	}

	@Test
	void dryRunNamesEveryBadFeatureAndChangesNothing() {
		Response response = api.post(LAYER + "/import?dryRun=true", collection(STREET, GOOD,
				feature("C2", " ", "S1", "社区", box(20.01, 0, 20.02, 0.01)),
				feature("C4", "蝴蝶结", "S1", "社区", BOW_TIE),
				feature("C5", "孤儿", "S9", "社区", box(20.03, 0, 20.04, 0.01))));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode body = response.body();
		assertThat(body.path("dryRun").asBoolean()).isTrue();
		assertThat(body.path("accepted").asBoolean()).isFalse();
		assertThat(body.path("imported").asInt()).isZero();
		assertThat(problems(body.path("problems"))).containsExactly("2:C2:MISSING_NAME", "3:C4:SELF_INTERSECTION",
				"4:C5:UNKNOWN_PARENT");
		assertThat(body.path("version").asLong()).isEqualTo(before.path("layer").path("version").asLong());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void dryRunOfAGoodFileSaysWhatItWouldImportAndChangesNothing() {
		Response response = api.post(LAYER + "/import?dryRun=true&geometry=repair", collection(STREET, OTHER,
				feature("C4", "蝴蝶结", "S1", "社区", BOW_TIE)));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("accepted").asBoolean()).isTrue();
		assertThat(response.body().path("imported").asInt()).isEqualTo(3);
		assertThat(response.body().path("repairs").get(0).path("featureIndex").asInt()).isEqualTo(2);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void strictModeRefusesTheWholeFileForOneBowTie() {
		Response response = api.post(LAYER + "/import?geometry=strict", collection(STREET, OTHER,
				feature("C4", "蝴蝶结", "S1", "社区", BOW_TIE)));
		assertThat(response.status()).isEqualTo(422);
		assertThat(problems(response.body().path("errors"))).containsExactly("2:C4:SELF_INTERSECTION");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void repairModeImportsTheFileAndReportsTheAreaThatMoved() {
		api.post("/api/v1/layers", Fixtures.layer("bnd-repair", "FREE", "街道", "社区"));
		Response response = api.post("/api/v1/layers/bnd-repair/import?geometry=repair", collection(STREET, GOOD,
				feature("C4", "蝴蝶结", "S1", "社区", BOW_TIE), OTHER));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().path("imported").asInt()).isEqualTo(4);
		JsonNode repairs = response.body().path("repairs");
		assertThat(problems(repairs)).containsExactly("2:C4:SELF_INTERSECTION");
		double halfSquare = squareAtEquatorSquareMetres(0.01) / 2;
		assertThat(repairs.get(0).path("areaBefore").asDouble()).isCloseTo(0, within(1.0));
		assertThat(repairs.get(0).path("areaAfter").asDouble()).isCloseTo(halfSquare, within(halfSquare * 0.005));
		assertThat(repairs.get(0).path("areaMoved").asDouble()).isCloseTo(halfSquare, within(halfSquare * 0.005));
		assertThat(repairs.get(0).path("detail").asString()).contains("m²");
		JsonNode stored = api.get("/api/v1/layers/bnd-repair/grids/C4").body();
		assertThat(stored.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
		assertThat(stored.path("geometry").path("coordinates")).hasSize(2);
	}

	@Test
	void repairModeReportsAKeyholeAndAClockwiseRingWithNoAreaMoved() {
		String keyhole = "{\"type\":\"Polygon\",\"coordinates\":[[[20,0],[20.01,0],[20.01,0.01],[20.005,0.01],"
				+ "[20.007,0.005],[20.003,0.005],[20.005,0.01],[20,0.01],[20,0]]]}";
		String clockwise = "{\"type\":\"Polygon\",\"coordinates\":[[[20.03,0],[20.03,0.01],[20.04,0.01],"
				+ "[20.04,0],[20.03,0]]]}";
		Response response = api.post(LAYER + "/import?dryRun=true&geometry=repair", collection(STREET,
				feature("C6", "钥匙孔", "S1", "社区", keyhole), feature("C7", "顺时针", "S1", "社区", clockwise)));
		assertThat(response.body().path("accepted").asBoolean()).as(response.body().toString()).isTrue();
		JsonNode repairs = response.body().path("repairs");
		assertThat(problems(repairs)).containsExactly("1:C6:SELF_INTERSECTION", "2:C7:RING_ORIENTATION");
		assertThat(repairs.get(0).path("areaMoved").asDouble()).isCloseTo(0, within(1.0));
		assertThat(repairs.get(0).path("areaAfter").asDouble()).isGreaterThan(1e5);
		assertThat(repairs.get(1).path("areaMoved").asDouble()).isCloseTo(0, within(1e-6));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void repairModeStillRefusesWhatIsNotAGeometryFault() {
		Response response = api.post(LAYER + "/import?geometry=repair", collection(STREET,
				feature("C4", "蝴蝶结", "S1", "社区", BOW_TIE), feature("C5", "孤儿", "S9", "社区", box(20, 0, 20.01, 0.01))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(problems(response.body().path("errors"))).containsExactly("2:C5:UNKNOWN_PARENT");
		assertThat(problems(response.body().path("repairs"))).containsExactly("1:C4:SELF_INTERSECTION");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownGeometryModeFieldByField() {
		Response response = api.post(LAYER + "/import?geometry=fix", collection(STREET));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("geometry");
	}

	@Test
	void readsTheNameAndCodeFromTheFilesOwnProperties() {
		api.post("/api/v1/layers", Fixtures.layer("bnd-sh", "FREE", "街道"));
		String file = collection(shanghai("310101002", "南京东路街道", box(121.47, 31.22, 121.49, 31.24)),
				shanghai("310101013", "外滩街道", box(121.49, 31.22, 121.51, 31.24)));
		Response response = api.post("/api/v1/layers/bnd-sh/import?codeProperty=jddm&nameProperty=jdmc", file);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		api.get("/api/v1/layers/bnd-sh/grids").body().forEach(g -> names.add(g.path("code").asString() + " "
				+ g.path("name").asString()));
		assertThat(names).containsExactlyInAnyOrder("310101002 南京东路街道", "310101013 外滩街道");
		Response upper = api.post("/api/v1/layers/bnd-sh/import?codeProperty=jddm&nameProperty=NAME", file);
		assertThat(upper.status()).as(upper.body().toString()).isEqualTo(200);
		assertThat(api.get("/api/v1/layers/bnd-sh/grids/310101013").body().path("properties").path("name")
			.asString()).isEqualTo("WAITAN");
	}

	@Test
	void namesTheExpectedPropertyForEachFeatureMissingIt() {
		String file = collection(shanghai("310101002", "南京东路街道", box(121.47, 31.22, 121.49, 31.24)),
				"{\"type\":\"Feature\",\"properties\":{\"jddm\":\"310101013\",\"name\":\"外滩街道\"},\"geometry\":"
						+ box(121.49, 31.22, 121.51, 31.24) + "}");
		Response response = api.post(LAYER + "/import?dryRun=true&codeProperty=jddm&nameProperty=jdmc", file);
		JsonNode problems = response.body().path("problems");
		assertThat(problems(problems)).containsExactly("1:310101013:MISSING_NAME");
		assertThat(problems.get(0).path("detail").asString()).contains("'jdmc'").contains("jddm, name");
	}

	@Test
	void takesCgcs2000CoordinatesAsTheyAre() {
		api.post("/api/v1/layers", Fixtures.layer("bnd-cgcs", "FREE", "街道"));
		Response response = api.post("/api/v1/layers/bnd-cgcs/import?crs=cgcs2000",
				collection(feature("S1", "甲街道", null, null, box(121.47, 31.22, 121.49, 31.24))));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode corner = api.get("/api/v1/layers/bnd-cgcs/grids/S1").body().path("geometry").path("coordinates")
			.get(0).get(0);
		assertThat(corner.get(0).asDouble()).isEqualTo(121.47);
		assertThat(corner.get(1).asDouble()).isEqualTo(31.22);
	}

	/** A feature as a Shanghai street file has it: code in {@code jddm}, name in {@code jdmc}, pinyin in NAME. */
	private static String shanghai(String code, String name, String geometry) {
		String pinyin = code.endsWith("13") ? "WAITAN" : "NANJINGDONGLU";
		return "{\"type\":\"Feature\",\"properties\":{\"jddm\":\"" + code + "\",\"jdmc\":\"" + name + "\",\"NAME\":\""
				+ pinyin + "\"},\"geometry\":" + geometry + "}";
	}

	/** A square of {@code side} degrees from the equator, on a sphere of the authalic radius. */
	private static double squareAtEquatorSquareMetres(double side) {
		double r = 6_371_007.2;
		return r * r * Math.toRadians(side) * Math.sin(Math.toRadians(side));
	}

	private static List<String> problems(JsonNode list) {
		List<String> codes = new ArrayList<>();
		list.forEach(p -> codes.add(p.path("featureIndex").asInt() + ":" + p.path("gridCode").asString() + ":"
				+ p.path("code").asString()));
		return codes;
	}

	private JsonNode snapshot() {
		return TestApi.parse("{\"layer\":" + api.get(LAYER).body() + ",\"grids\":" + api.get(LAYER + "/export").body()
				+ "}");
	}
}
