package org.onegrid.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The layer lies at 116.1–116.12°E, 39.0–39.02°N. 3 March 2026 in Shanghai runs from 2 March 16:00 UTC. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackIntegrationTests {

	@Autowired
	TestApi api;

	private PeopleFixtures fixtures;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.layer("fw-track", 116.1, 39.0);
		fixtures.unit("track-street", "STREET", null);
	}

	@Test
	void returnsTheDeduplicatedTrackInTimeOrderAfterLateOutOfOrderUploads() {
		long worker = fixtures.person("巡查员甲", "track-street", null, "full-time-worker");
		JsonNode first = upload(worker, point("2026-03-03T01:00:10Z", 116.1030, 39.003),
				point("2026-03-03T01:00:00Z", 116.1020, 39.002), point("2026-03-03T00:59:50Z", 116.1010, 39.001),
				point("2026-03-03T01:00:00Z", 116.1999, 39.999)).body();
		assertThat(first.path("received").asInt()).isEqualTo(4);
		assertThat(first.path("distinct").asInt()).isEqualTo(3);
		assertThat(first.path("hours").asInt()).isEqualTo(2);
		upload(worker, point("2026-03-03T01:00:20Z", 116.1040, 39.004), point("2026-03-03T01:00:00Z", 116.1777, 39.777),
				point("2026-03-03T00:59:40Z", 116.1000, 39.0005), point("2026-03-03T16:00:00Z", 116.11, 39.01));

		for (int read = 0; read < 2; read++) {
			JsonNode track = api.get("/api/v1/people/" + worker + "/track?date=2026-03-03").body();
			assertThat(track.path("geometry").path("type").asString()).isEqualTo("LineString");
			assertThat(strings(track.path("properties").path("times"))).containsExactly("2026-03-03T00:59:40Z",
					"2026-03-03T00:59:50Z", "2026-03-03T01:00:00Z", "2026-03-03T01:00:10Z", "2026-03-03T01:00:20Z");
			JsonNode third = track.path("geometry").path("coordinates").get(2);
			assertThat(third.get(0).asDouble()).as("the first point received for a second wins").isEqualTo(116.102);
			assertThat(third.get(1).asDouble()).isEqualTo(39.002);
			assertThat(track.path("properties").path("accuracies").get(0).asDouble()).isEqualTo(5.0);
		}
		JsonNode nextDay = api.get("/api/v1/people/" + worker + "/track?date=2026-03-04").body();
		assertThat(nextDay.path("properties").path("count").asInt()).isEqualTo(1);
		assertThat(nextDay.path("geometry").path("type").asString()).isEqualTo("Point");
	}

	@Test
	void refusesABadUploadPointByPointAndStoresNothing() {
		long worker = fixtures.person("巡查员乙", "track-street", null, "full-time-worker");
		Response bad = api.post("/api/v1/people/" + worker + "/track", """
				{"crs":"mars","points":[{"t":"2026-03-05T01:00:00Z","lon":116.1,"lat":39.0,"accuracy":-1},
				 {"t":"2026-03-05T01:00:10Z","lon":116.1,"lat":95},{"lon":116.1,"lat":39.0},
				 {"t":"2999-01-01T00:00:00Z","lon":116.1,"lat":39.0}]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("crs", "points[0].accuracy", "points[1].lat", "points[2].t",
				"points[3].t");
		assertThat(api.get("/api/v1/people/" + worker + "/track?date=2026-03-05").body().path("properties")
			.path("count").asInt()).isZero();
		assertThat(api.post("/api/v1/people/" + worker + "/track", "{\"points\":[]}").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/people/999999999/track", "{\"points\":[]}").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/people/" + worker + "/track?date=March").status()).isEqualTo(400);
	}

	@Test
	void givesTheLastKnownPositionOfEveryoneInASubtree() {
		long west = fixtures.person("西巡查员", "track-street", null, "full-time-worker");
		long visitor = fixtures.person("过路人", "track-street", null, "optional-worker");
		long idle = fixtures.person("未上线", "track-street", null, "full-time-worker");
		long elsewhere = fixtures.person("远方人", "track-street", null, "full-time-worker");
		fixtures.assign("fw-track", "M1A", west, "full-time-worker");
		fixtures.assign("fw-track", "M1B", idle, "full-time-worker");
		upload(west, point("2026-03-06T02:00:00Z", 116.101, 39.001), point("2026-03-06T02:05:00Z", 116.105, 39.005));
		upload(west, point("2026-03-06T01:00:00Z", 116.115, 39.005));
		upload(visitor, point("2026-03-06T02:00:00Z", 116.115, 39.015));
		upload(elsewhere, point("2026-03-06T02:00:00Z", 10.0, 10.0));

		JsonNode west1 = positions("C1");
		assertThat(ids(west1)).containsExactly(west, idle);
		assertThat(west1.get(0).path("gridCode").asString()).as("a late older point does not move it").isEqualTo("M1A");
		assertThat(west1.get(0).path("lon").asDouble()).isEqualTo(116.105);
		assertThat(west1.get(0).path("inside").asBoolean()).isTrue();
		assertThat(west1.get(1).path("at").isNull()).isTrue();

		JsonNode street = positions("S");
		assertThat(ids(street)).containsExactly(west, visitor, idle);
		assertThat(street.get(1).path("assigned").asBoolean()).isFalse();
		assertThat(street.get(1).path("gridCode").asString()).isEqualTo("M2A");
	}

	private JsonNode positions(String root) {
		Response response = api.get("/api/v1/positions?layer=fw-track&root=" + root + "&since=2026-01-01T00:00:00Z");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private Response upload(long worker, String... points) {
		Response response = api.post("/api/v1/people/" + worker + "/track",
				"{\"points\":[" + String.join(",", points) + "]}");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response;
	}

	static String point(String t, double lon, double lat) {
		return String.format(Locale.ROOT, "{\"t\":\"%s\",\"lon\":%s,\"lat\":%s,\"accuracy\":5}", t, lon, lat);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static List<Long> ids(JsonNode positions) {
		List<Long> ids = new ArrayList<>();
		positions.forEach(p -> ids.add(p.path("personId").asLong()));
		return ids;
	}
}
