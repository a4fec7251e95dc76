package org.onegrid.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.fieldwork.TrackIntegrationTests.point;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The layer lies at 116.2–116.22°E, 39.0–39.02°N. In ISO week 2026-W10 (2–8 March) the worker patrols M1A on
 * Monday and Wednesday and M1B on Monday only; nobody goes to C2 or M2A.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatrolCoverageIntegrationTests {

	@Autowired
	TestApi api;

	private PeopleFixtures fixtures;

	private long worker;

	@BeforeAll
	void setUp() {
		fixtures = new PeopleFixtures(api);
		fixtures.layer("fw-cover", 116.2, 39.0);
		fixtures.unit("cover-street", "STREET", null);
		worker = fixtures.person("巡查员", "cover-street", null, "full-time-worker");
		upload(point("2026-03-02T02:00:00Z", 116.205, 39.005), point("2026-03-02T02:10:00Z", 116.205, 39.015),
				point("2026-03-04T02:00:00Z", 116.202, 39.002), point("2026-03-04T03:00:00Z", 116.203, 39.003));
		upload(point("2026-03-01T15:59:59Z", 116.205, 39.015), point("2026-03-08T16:00:00Z", 116.205, 39.015));
	}

	@Test
	void listsTheGridsPatrolledOnFewerThanTwoDaysOfTheWeek() {
		JsonNode report = coverage("week=2026-W10");
		assertThat(report.path("from").asString()).isEqualTo("2026-03-02");
		assertThat(report.path("to").asString()).isEqualTo("2026-03-08");
		assertThat(report.path("minDays").asInt()).isEqualTo(2);
		assertThat(report.path("checked").asInt()).isEqualTo(6);
		assertThat(below(report)).containsExactly(Map.entry("C2", 0), Map.entry("M2A", 0), Map.entry("M1B", 1));
		assertThat(report.path("below").get(2).path("dates").get(0).asString()).isEqualTo("2026-03-02");
	}

	@Test
	void appliesAnotherMinimumALevelAndASubtree() {
		assertThat(below(coverage("week=2026-W10&minDays=3")).keySet()).containsExactlyInAnyOrder("S", "C1", "C2",
				"M1A", "M1B", "M2A");
		JsonNode micro = coverage("week=2026-W10&level=微网格");
		assertThat(micro.path("checked").asInt()).isEqualTo(3);
		assertThat(below(micro).keySet()).containsExactlyInAnyOrder("M2A", "M1B");
		assertThat(below(coverage("week=2026-W10&root=C1")).keySet()).containsExactly("M1B");
		assertThat(below(coverage("week=2026-W11")).get("M1A")).isZero();
	}

	@Test
	void countsAnAcceptedCheckInAsAPatrolDay() {
		fixtures.assign("fw-cover", "M2A", worker, "full-time-worker");
		Response checkIn = api.post("/api/v1/people/" + worker + "/check-ins",
				"{\"layerCode\":\"fw-cover\",\"gridCode\":\"M2A\",\"lon\":116.215,\"lat\":39.01}");
		assertThat(checkIn.body().path("accepted").asBoolean()).isTrue();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String week = "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR),
				today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		assertThat(below(coverage("week=" + week)).get("M2A")).isEqualTo(1);
	}

	@Test
	void refusesABadWeek() {
		for (String week : new String[] { "2026-W54", "2026-W00", "March", "" }) {
			Response response = api.get("/api/v1/patrol-coverage?layer=fw-cover&week=" + week);
			assertThat(response.status()).as(week).isEqualTo(400);
		}
		assertThat(api.get("/api/v1/patrol-coverage?layer=fw-cover&week=2026-W10&minDays=9").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/patrol-coverage?layer=nosuch&week=2026-W10").status()).isEqualTo(404);
	}

	private JsonNode coverage(String query) {
		Response response = api.get("/api/v1/patrol-coverage?layer=fw-cover&" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static Map<String, Integer> below(JsonNode report) {
		Map<String, Integer> below = new LinkedHashMap<>();
		report.path("below").forEach(grid -> below.put(grid.path("gridCode").asString(), grid.path("days").asInt()));
		return below;
	}

	private void upload(String... points) {
		Response response = api.post("/api/v1/people/" + worker + "/track",
				"{\"points\":[" + String.join(",", points) + "]}");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}
}
