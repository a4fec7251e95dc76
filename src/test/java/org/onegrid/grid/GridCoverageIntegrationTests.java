package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onegrid.grid.Fixtures.box;
import static org.onegrid.grid.Fixtures.collection;
import static org.onegrid.grid.Fixtures.feature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A hand-made fixture on the equator, where 0.001° is 111.3 m east-west and 110.6 m north-south: parent P is
 * 0.02° square; A covers its left half, B its lower right quarter, C overlaps B and spills east out of P; the
 * upper right strip between A and C is a gap.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridCoverageIntegrationTests {

	private static final double METRES_PER_DEGREE_LON = 111_319.5;

	private static final double METRES_PER_DEGREE_LAT = 110_574.3;

	@Autowired
	TestApi api;

	@BeforeAll
	void importsFixture() {
		api.post("/api/v1/layers", Fixtures.layer("cov", "FREE", "街道", "社区"));
		assertThat(api.post("/api/v1/layers/cov/import?outsideTolerance=1", collection(
				feature("P", "街道", null, "街道", box(30, 0, 30.02, 0.02)),
				feature("A", "甲", "P", "社区", box(30, 0, 30.01, 0.02)),
				feature("B", "乙", "P", "社区", box(30.01, 0, 30.02, 0.01)),
				feature("C", "丙", "P", "社区", box(30.015, 0.008, 30.025, 0.02)))).status()).isEqualTo(200);
		api.post("/api/v1/layers", Fixtures.layer("cov-beats", "FREE", "警务责任区"));
		api.post("/api/v1/layers/cov-beats/import", collection(
				feature("X", "西区", null, "警务责任区", box(30, 0, 30.012, 0.02)),
				feature("Y", "东区", null, "警务责任区", box(30.012, 0, 30.03, 0.02))));
	}

	@Test
	void reportsTheGapWithItsAreaAndGeometry() {
		JsonNode report = api.get("/api/v1/layers/cov/analysis/coverage").body();
		JsonNode gaps = report.path("gaps");
		assertThat(gaps).hasSize(1);
		assertThat(gaps.get(0).path("parent").asString()).isEqualTo("P");
		assertThat(gaps.get(0).path("share").asDouble()).isCloseTo(0.125, within(0.001));
		assertThat(gaps.get(0).path("areaM2").asDouble())
			.isCloseTo(0.005 * METRES_PER_DEGREE_LON * 0.01 * METRES_PER_DEGREE_LAT, within(50.0));
		assertThat(gaps.get(0).path("geometry").path("type").asString()).isEqualTo("Polygon");
	}

	@Test
	void reportsOverlapBetweenSiblings() {
		JsonNode overlaps = api.get("/api/v1/layers/cov/analysis/coverage").body().path("overlaps");
		assertThat(overlaps).hasSize(1);
		assertThat(overlaps.get(0).path("grids").toString()).isEqualTo("[\"B\",\"C\"]");
		assertThat(overlaps.get(0).path("areaM2").asDouble())
			.isCloseTo(0.005 * METRES_PER_DEGREE_LON * 0.002 * METRES_PER_DEGREE_LAT, within(20.0));
	}

	@Test
	void reportsChildSpillingOutOfItsParent() {
		JsonNode spills = api.get("/api/v1/layers/cov/analysis/coverage").body().path("spills");
		assertThat(spills).hasSize(1);
		assertThat(spills.get(0).path("grid").asString()).isEqualTo("C");
		assertThat(spills.get(0).path("share").asDouble()).isCloseTo(0.5, within(0.001));
	}

	@Test
	void ignoresPiecesSmallerThanTheMinimumArea() {
		JsonNode report = api.get("/api/v1/layers/cov/analysis/coverage?minArea=1000000").body();
		assertThat(report.path("gaps")).isEmpty();
		assertThat(report.path("overlaps")).isEmpty();
		assertThat(api.get("/api/v1/layers/cov/analysis/coverage?minArea=-1").status()).isEqualTo(400);
	}

	@Test
	void leavesOutSliversNarrowerThanTheMinimumWidth() {
		assertThat(api.get("/api/v1/layers/cov/analysis/coverage?minWidth=300").body().path("gaps")).hasSize(1);
		assertThat(api.get("/api/v1/layers/cov/analysis/coverage?minWidth=400").body().path("gaps")).isEmpty();
		assertThat(api.get("/api/v1/layers/cov/analysis/coverage?minWidth=-2").status()).isEqualTo(400);
	}

	@Test
	void mapsEachGridToItsCounterpartsAndFlagsSplitOnes() {
		JsonNode report = api.get("/api/v1/layers/cov/analysis/correspondence?with=cov-beats&level=社区").body();
		assertThat(report.path("splitCount").asInt()).isEqualTo(1);
		JsonNode a = entry(report, "A");
		assertThat(a.path("split").asBoolean()).isFalse();
		assertThat(a.path("counterparts").get(0).path("code").asString()).isEqualTo("X");
		assertThat(a.path("counterparts").get(0).path("share").asDouble()).isCloseTo(1.0, within(0.001));
		JsonNode b = entry(report, "B");
		assertThat(b.path("split").asBoolean()).isTrue();
		assertThat(b.path("counterparts").get(0).path("code").asString()).isEqualTo("Y");
		assertThat(b.path("counterparts").get(0).path("share").asDouble()).isCloseTo(0.8, within(0.001));
		assertThat(b.path("counterparts").get(1).path("share").asDouble()).isCloseTo(0.2, within(0.001));
		assertThat(entry(report, "C").path("split").asBoolean()).isFalse();
	}

	@Test
	void countsEveryCounterpartTowardsCoverageEvenOnesTooSmallToList() {
		api.post("/api/v1/layers", Fixtures.layer("cov-g", "FREE", "社区"));
		assertThat(api.post("/api/v1/layers/cov-g/import", collection(
				feature("G", "格", null, "社区", box(40, 0, 40.01, 0.01)))).status()).isEqualTo(200);
		api.post("/api/v1/layers", Fixtures.layer("cov-h", "FREE", "警务责任区"));
		assertThat(api.post("/api/v1/layers/cov-h/import", collection(
				feature("H", "大片", null, "警务责任区", box(40, 0, 40.01, 0.00999)),
				feature("K", "细条", null, "警务责任区", box(40, 0.00999, 40.01, 0.009995)))).status()).isEqualTo(200);
		JsonNode g = entry(api.get("/api/v1/layers/cov-g/analysis/correspondence?with=cov-h").body(), "G");
		assertThat(g.path("counterparts")).as("K's share of 0.0005 is too small to list").hasSize(1);
		assertThat(g.path("uncoveredShare").asDouble()).as("but K still covers its strip").isEqualTo(0.0005);
	}

	@Test
	void neverReportsAPieceThatAmountsToNoArea() {
		api.post("/api/v1/layers", Fixtures.layer("cov-0", "FREE", "街道", "社区"));
		assertThat(api.post("/api/v1/layers/cov-0/import?outsideTolerance=1", collection(
				feature("Q", "街", null, "街道", box(50, 0, 50.01, 0.01)),
				feature("R", "居", "Q", "社区", box(50, 0, 50.0100000001, 0.01)))).status()).isEqualTo(200);
		JsonNode report = api.get("/api/v1/layers/cov-0/analysis/coverage?minArea=0&minWidth=0").body();
		assertThat(report.path("spills")).as("R reaches a hundredth of a millimetre beyond Q").isEmpty();
		assertThat(report.path("gaps")).isEmpty();
	}

	@Test
	void measuresAFlatLayersTopGridsAgainstAGivenOutline() {
		api.post("/api/v1/layers", Fixtures.layer("cov-flat", "FREE", "网格"));
		assertThat(api.post("/api/v1/layers/cov-flat/import", collection(
				feature("F1", "一", null, "网格", box(60, 0, 60.01, 0.01)),
				feature("F2", "二", null, "网格", box(60.01, 0, 60.025, 0.01)))).status()).isEqualTo(200);
		api.post("/api/v1/layers", Fixtures.layer("cov-outline", "FREE", "区"));
		assertThat(api.post("/api/v1/layers/cov-outline/import", collection(
				feature("O", "区界", null, "区", box(60, 0, 60.02, 0.02)))).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/layers/cov-flat/analysis/coverage").body().path("gaps"))
			.as("without an outline a flat layer has nothing to be measured against").isEmpty();

		JsonNode report = api.get("/api/v1/layers/cov-flat/analysis/coverage?outline=cov-outline:O").body();
		assertThat(report.path("gaps")).hasSize(1);
		assertThat(report.path("gaps").get(0).path("parent").asString()).isEqualTo("cov-outline:O");
		assertThat(report.path("gaps").get(0).path("share").asDouble()).isCloseTo(0.5, within(0.001));
		assertThat(report.path("spills")).hasSize(1);
		assertThat(report.path("spills").get(0).path("grid").asString()).isEqualTo("F2");
		assertThat(report.path("spills").get(0).path("share").asDouble()).isCloseTo(1 / 3.0, within(0.001));

		assertThat(api.get("/api/v1/layers/cov-flat/analysis/coverage?outline=cov-outline").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/layers/cov-flat/analysis/coverage?outline=cov-outline:NONE").status())
			.isEqualTo(400);
	}

	@Test
	void refusesUnknownLevelOrLayer() {
		assertThat(api.get("/api/v1/layers/cov/analysis/correspondence?with=cov-beats&level=省").status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/layers/cov/analysis/correspondence?with=nosuch").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/layers/cov/analysis/correspondence?with=cov-beats&minShare=2").status())
			.isEqualTo(400);
	}

	private static JsonNode entry(JsonNode report, String code) {
		for (JsonNode entry : report.path("grids")) {
			if (entry.path("code").asString().equals(code)) {
				return entry;
			}
		}
		throw new AssertionError("no entry for " + code);
	}
}
