package org.onegrid.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onegrid.people.PeopleFixtures.fields;

import java.util.Locale;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.geo.Crs;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The layer lies at 116.0–116.02°E, 39.0–39.02°N; the worker serves micro-grid M1A (116.0–116.01, 39.0–39.01). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInIntegrationTests {

	private static final double LAT = 39.005;

	@Autowired
	TestApi api;

	private long worker;

	@BeforeAll
	void setUp() {
		var fixtures = new PeopleFixtures(api);
		fixtures.layer("fw-checkin", 116.0, 39.0);
		fixtures.unit("checkin-street", "STREET", null);
		worker = fixtures.person("签到员", "checkin-street", null, "full-time-worker");
		fixtures.assign("fw-checkin", "M1A", worker, "full-time-worker");
	}

	@Test
	void acceptsACheckInInsideTheGrid() {
		JsonNode checkIn = checkIn("M1A", 116.005, LAT, "wgs84");
		assertThat(checkIn.path("accepted").asBoolean()).isTrue();
		assertThat(checkIn.path("reason").isNull()).isTrue();
		assertThat(checkIn.path("distanceMetres").asDouble()).isZero();
		assertThat(checkIn.path("at").asString()).isNotBlank();
	}

	@Test
	void acceptsACheckInJustOutsideWithinTheTolerance() {
		JsonNode checkIn = checkIn("M1A", 116.0 - degreesEast(100), LAT, "wgs84");
		assertThat(checkIn.path("accepted").asBoolean()).isTrue();
		assertThat(checkIn.path("distanceMetres").asDouble()).isCloseTo(100, Percentage.withPercentage(1));
	}

	@Test
	void refusesACheckInFarAwayWithTheReasonAndStoresIt() {
		JsonNode checkIn = checkIn("M1A", 116.0 - degreesEast(1000), LAT, "wgs84");
		assertThat(checkIn.path("accepted").asBoolean()).isFalse();
		assertThat(checkIn.path("reason").asString()).isEqualTo("TOO_FAR");
		assertThat(checkIn.path("distanceMetres").asDouble()).isCloseTo(1000, Percentage.withPercentage(1));
		assertThat(api.get("/api/v1/people/" + worker + "/check-ins").body().toString())
			.contains("\"id\":" + checkIn.path("id").asLong());
	}

	@Test
	void refusesACheckInAtAGridTheWorkerDoesNotServe() {
		JsonNode checkIn = checkIn("M2A", 116.015, LAT, "wgs84");
		assertThat(checkIn.path("accepted").asBoolean()).isFalse();
		assertThat(checkIn.path("reason").asString()).isEqualTo("NOT_IN_TEAM");
	}

	@Test
	void convertsAGcj02PositionBeforeMeasuring() {
		double[] gcj = Crs.GCJ02.fromWgs84(116.0095, LAT);
		JsonNode checkIn = checkIn("M1A", gcj[0], gcj[1], "gcj02");
		assertThat(checkIn.path("accepted").asBoolean()).isTrue();
		assertThat(checkIn.path("lon").asDouble()).isCloseTo(116.0095, within(1e-7));
		assertThat(checkIn.path("crs").asString()).isEqualTo("gcj02");
		assertThat(checkIn("M1A", gcj[0], gcj[1], "wgs84").path("distanceMetres")
			.asDouble()).as("the raw GCJ-02 numbers lie hundreds of metres off").isGreaterThan(100);
	}

	@Test
	void refusesMalformedCheckInsFieldByFieldAndStoresNothing() {
		int before = api.get("/api/v1/people/" + worker + "/check-ins").body().size();
		Response bad = api.post("/api/v1/people/" + worker + "/check-ins",
				"{\"gridCode\":\"M1A\",\"lon\":200,\"crs\":\"mars\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("layerCode", "crs", "lon", "lat");
		assertThat(api.post("/api/v1/people/" + worker + "/check-ins",
				"{\"layerCode\":\"fw-checkin\",\"gridCode\":\"NOPE\",\"lon\":116,\"lat\":39}").status()).isEqualTo(404);
		assertThat(api.post("/api/v1/people/999999999/check-ins", "{}").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/people/" + worker + "/check-ins").body().size()).isEqualTo(before);
	}

	private JsonNode checkIn(String grid, double lon, double lat, String crs) {
		Response response = api.post("/api/v1/people/" + worker + "/check-ins", String.format(Locale.ROOT,
				"{\"layerCode\":\"fw-checkin\",\"gridCode\":\"%s\",\"lon\":%s,\"lat\":%s,\"crs\":\"%s\"}", grid, lon, lat,
				crs));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body();
	}

	/** Degrees of longitude spanning {@code metres} east–west at {@link #LAT} on the WGS-84 ellipsoid. */
	private static double degreesEast(double metres) {
		double sin = Math.sin(Math.toRadians(LAT));
		double radius = 6_378_137.0 / Math.sqrt(1 - 0.00669437999014 * sin * sin) * Math.cos(Math.toRadians(LAT));
		return Math.toDegrees(metres / radius);
	}
}
