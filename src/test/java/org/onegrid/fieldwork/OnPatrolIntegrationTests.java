package org.onegrid.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is on patrol now: a worker whose phone sent a point, or who checked in, within the window; not one whose last
 * sign of life is older, nor one who never sent anything, nor one whose check-in was refused. The layer lies at
 * 116.2–116.22°E, 39.0–39.02°N.
 */
@IntegrationTest
class OnPatrolIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	OnPatrol onPatrol;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsWorkersWithARecentTrackPointOrAcceptedCheckIn() {
		var fixtures = new PeopleFixtures(api);
		fixtures.layer("fw-patrol", 116.2, 39.0);
		fixtures.unit("patrol-street", "STREET", null);
		long tracking = fixtures.person("巡查甲", "patrol-street", null, "full-time-worker");
		long checkedIn = fixtures.person("巡查乙", "patrol-street", null, "full-time-worker");
		long earlier = fixtures.person("巡查丙", "patrol-street", null, "full-time-worker");
		long refused = fixtures.person("巡查丁", "patrol-street", null, "full-time-worker");
		long silent = fixtures.person("巡查戊", "patrol-street", null, "full-time-worker");
		for (long worker : new long[] { tracking, checkedIn, earlier, refused, silent }) {
			fixtures.assign("fw-patrol", "M1A", worker, "full-time-worker");
		}
		clock.setShanghai("2026-05-12T07:00");
		ok(api.post("/api/v1/people/" + earlier + "/check-ins", checkIn(116.205)));
		clock.setShanghai("2026-05-12T09:40");
		Instant now = clock.instant();
		ok(api.post("/api/v1/people/" + tracking + "/track", """
				{"points":[{"t":"%s","lon":116.205,"lat":39.005}]}""".formatted(now.minus(Duration.ofMinutes(10)))));
		ok(api.post("/api/v1/people/" + checkedIn + "/check-ins", checkIn(116.205)));
		ok(api.post("/api/v1/people/" + refused + "/check-ins", checkIn(116.3)));

		assertThat(onPatrol.since(now.minus(Duration.ofMinutes(30))))
			.contains(tracking, checkedIn)
			.doesNotContain(earlier, refused, silent);
		assertThat(onPatrol.since(now.minus(Duration.ofHours(3)))).contains(tracking, checkedIn, earlier);
		assertThat(onPatrol.since(now.minus(Duration.ofMinutes(5)))).doesNotContain(tracking).contains(checkedIn);
	}

	private static String checkIn(double lon) {
		return "{\"layerCode\":\"fw-patrol\",\"gridCode\":\"M1A\",\"lon\":" + lon + ",\"lat\":39.005}";
	}

	private static void ok(Response response) {
		assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
	}
}
