package org.onegrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Real data: the 71 NYC community districts as a layer, and 2,000 real 311 requests of March 2011 located in it.
 * Each request names its own community board; at least 97% of those with coordinates and a real board must land
 * in that board's district.
 */
@IntegrationTest
class NycCommunityDistrictsIntegrationTests {

	@Autowired
	TestApi api;

	@Test
	void locatesRealServiceRequestsInTheDistrictTheyName() throws IOException {
		api.post("/api/v1/layers", Fixtures.layer("nyc-cd", "FREE", "Community District"));
		Response imported = api.post(
				"/api/v1/layers/nyc-cd/import?codeProperty=BoroCD&nameProperty=community_board_label",
				resource("nyc311/nyc_community_districts_71_merged.geojson"));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		assertThat(imported.body().path("imported").asInt()).isEqualTo(71);

		Set<String> boards = new HashSet<>();
		api.get("/api/v1/layers/nyc-cd/grids").body().forEach(grid -> boards.add(grid.path("name").asString()));
		List<List<String>> rows = Csv.parse(resource("nyc311/nyc311_2011-03_2000rows.csv"));
		List<String> header = rows.get(0);
		int board = header.indexOf("Community Board");
		int lat = header.indexOf("Latitude");
		int lon = header.indexOf("Longitude");
		int considered = 0;
		int matched = 0;
		int withoutCoordinates = 0;
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.get(lat).isBlank() || row.get(lon).isBlank()) {
				withoutCoordinates++;
				continue;
			}
			if (!boards.contains(row.get(board))) {
				continue;
			}
			considered++;
			JsonNode location = api.get(String.format(Locale.ROOT, "/api/v1/grids/locate?lon=%s&lat=%s",
					row.get(lon), row.get(lat))).body();
			for (JsonNode path : location.path("layers")) {
				if (path.path("layer").asString().equals("nyc-cd")
						&& path.path("path").get(0).path("name").asString().equals(row.get(board))) {
					matched++;
				}
			}
		}
		assertThat(rows).hasSize(2001);
		assertThat(withoutCoordinates).isPositive();
		assertThat(considered).isGreaterThan(1300);
		assertThat((double) matched / considered).as("%d of %d located in their own board", matched, considered)
			.isGreaterThanOrEqualTo(0.97);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = NycCommunityDistrictsIntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Just enough RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
	static final class Csv {

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}
	}
}
