package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real outline (松江区, GCJ-02, from Vonng/adcode) imported with its own property names, next to a copy of it in
 * which two neighbouring vertices were swapped, the kind of slip that made a real file be refused whole.
 */
@IntegrationTest
class RealBoundaryRepairIntegrationTests {

	private static final int SWAPPED = 40;

	@Autowired
	TestApi api;

	@Test
	void repairsTheOneBrokenOutlineAndImportsTheRest() throws IOException {
		api.post("/api/v1/layers", Fixtures.layer("bnd-real", "FREE", "区"));
		String file = withBrokenCopy(resource("demo/fence_310117_songjiang.geojson"));
		String call = "/api/v1/layers/bnd-real/import?codeProperty=adcode&crs=gcj02";
		Response strict = api.post(call, file);
		assertThat(strict.status()).isEqualTo(422);
		assertThat(strict.body().path("errors")).hasSize(1);
		assertThat(strict.body().path("errors").get(0).path("featureIndex").asInt()).isEqualTo(1);
		assertThat(strict.body().path("errors").get(0).path("code").asString()).isEqualTo("SELF_INTERSECTION");
		assertThat(api.get("/api/v1/layers/bnd-real/grids").body()).isEmpty();

		Response repaired = api.post(call + "&geometry=repair", file);
		assertThat(repaired.status()).as(repaired.body().toString()).isEqualTo(200);
		assertThat(repaired.body().path("imported").asInt()).isEqualTo(2);
		JsonNode repairs = repaired.body().path("repairs");
		assertThat(repairs).hasSize(2);
		assertThat(repairs.get(0).path("gridCode").asString()).isEqualTo("310117");
		assertThat(repairs.get(0).path("code").asString()).as("the upstream ring runs clockwise")
			.isEqualTo("RING_ORIENTATION");
		assertThat(repairs.get(0).path("areaMoved").asDouble()).isLessThan(1.0);
		JsonNode repair = repairs.get(1);
		assertThat(repair.path("gridCode").asString()).isEqualTo("310117900");
		assertThat(repair.path("code").asString()).isEqualTo("SELF_INTERSECTION");
		double whole = repair.path("areaAfter").asDouble();
		assertThat(whole).as("松江区 is about 605 km²").isBetween(5.5e8, 6.5e8);
		assertThat(repair.path("areaMoved").asDouble()).isPositive().isLessThan(whole * 0.001);
	}

	/** The file with a second feature: the same outline, two neighbouring vertices swapped. */
	private static String withBrokenCopy(String text) {
		JsonNode collection = TestApi.parse(text);
		ArrayNode features = (ArrayNode) collection.path("features");
		ObjectNode copy = (ObjectNode) features.get(0).deepCopy();
		((ObjectNode) copy.path("properties")).put("adcode", "310117900");
		ArrayNode ring = (ArrayNode) copy.path("geometry").path("coordinates").get(0);
		JsonNode vertex = ring.get(SWAPPED);
		ring.set(SWAPPED, ring.get(SWAPPED + 1));
		ring.set(SWAPPED + 1, vertex);
		features.add(copy);
		return collection.toString();
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = RealBoundaryRepairIntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
