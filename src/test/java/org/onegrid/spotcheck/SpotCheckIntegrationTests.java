package org.onegrid.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.people.PeopleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A town's grid workers checked at their posts (在岗在位): the town's village has three grid workers on the teams of
 * communities C1 and C2 and a clerk on no team. At the rule's times the one whose recent position lies in C1 is in
 * their grid, the one in C2 instead of C1 is out of it, the one whose last point is too old has no position; a rest
 * day has no checks; random checks land in working hours and pick the same workers on every run; the pass rate
 * reaches the month's worker figures; bad rules and callers without permission are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpotCheckIntegrationTests {

	private static final double X = 121.70;

	private static final double Y = 28.70;

	private static final String PASSWORD = "spot-check-password";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpotCheckSweep sweep;

	@Autowired
	SpotCheckPlan plan;

	long present;

	long astray;

	long silent;

	@BeforeAll
	void townWithThreeGridWorkers() {
		PeopleFixtures fixtures = new PeopleFixtures(api);
		fixtures.layer("spc", X, Y);
		fixtures.unit("spc-town", "STREET", null);
		fixtures.unit("spc-village", "COMMUNITY", "spc-town");
		fixtures.unit("spc-other", "STREET", null);
		present = fixtures.person("督查甲", "spc-village", null, "full-time-worker");
		astray = fixtures.person("督查乙", "spc-village", null, "full-time-worker");
		silent = fixtures.person("督查丙", "spc-village", null, "full-time-worker");
		fixtures.person("督查文员", "spc-town", null, "full-time-worker");
		fixtures.assign("spc", "C1", present, "full-time-worker");
		fixtures.assign("spc", "C1", astray, "full-time-worker");
		fixtures.assign("spc", "C2", silent, "full-time-worker");
		account("spc-worker", "full-time-worker", present);
		account("spc-leader", "leader", fixtures.person("督查镇领导", "spc-town", null, "leader"));
		account("spc-stranger", "leader", fixtures.person("别镇领导", "spc-other", null, "leader"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void checksEachGridWorkerAtTheRulesTimesOnceAndOnWorkingDaysOnly() {
		TestApi leader = api.as("spc-leader", PASSWORD);
		Response rule = leader.put("/api/v1/spot-check-rules/spc-daily",
				"{\"unit\":\"spc-town\",\"times\":[\"15:00\",\"09:00\"],\"toleranceMinutes\":30,\"note\":\"定位定时\"}");
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(200);
		assertThat(rule.body().path("times").toString()).isEqualTo("[\"09:00:00\",\"15:00:00\"]");
		assertThat(rule.body().path("workingDaysOnly").asBoolean()).isTrue();
		try {
			clock.setShanghai("2038-06-01T08:58");
			upload(silent, "2038-06-01T08:00", X + 0.015, Y + 0.005);
			upload(present, "2038-06-01T08:50", X + 0.005, Y + 0.005);
			upload(astray, "2038-06-01T08:55", X + 0.015, Y + 0.015);
			clock.setShanghai("2038-06-01T08:59");
			sweep.checkDue();
			assertThat(checks("spc-daily")).isZero();
			clock.setShanghai("2038-06-01T09:01");
			sweep.checkDue();
			sweep.checkDue();
			assertThat(checks("spc-daily")).as("once however often the sweep runs").isEqualTo(1);

			JsonNode morning = leader.get("/api/v1/spot-checks?unit=spc-town&from=2038-06-01T00:00:00Z"
					+ "&to=2038-06-01T02:00:00Z").body().get(0);
			assertThat(morning.path("kind").asString()).isEqualTo("FIXED");
			assertThat(morning.path("slotAt").asString()).isEqualTo("2038-06-01T01:00:00Z");
			assertThat(morning.path("checked").asInt()).as("the clerk serves no grid").isEqualTo(3);
			assertThat(results(morning)).containsExactly(entry("督查丙", "NO_POSITION"), entry("督查乙", "OUT_OF_GRID"),
					entry("督查甲", "IN_GRID"));
			assertThat(morning.path("inGrid").asInt()).isEqualTo(1);

			clock.setShanghai("2038-06-05T09:01");
			sweep.checkDue();
			assertThat(checks("spc-daily")).as("Saturday is a rest day").isEqualTo(1);
			clock.setShanghai("2038-06-01T15:05");
			sweep.checkDue();
			clock.setShanghai("2038-06-01T16:00");
			sweep.checkDue();
			assertThat(checks("spc-daily")).isEqualTo(2);

			TestApi worker = api.as("spc-worker", PASSWORD);
			Response mine = worker.get("/api/v1/people/" + present + "/spot-checks?from=2038-06-01T00:00:00Z"
					+ "&to=2038-06-02T00:00:00Z");
			assertThat(mine.status()).as(mine.body().toString()).isEqualTo(200);
			List<String> own = new ArrayList<>();
			mine.body().forEach(check -> check.path("results").forEach(r -> own.add(r.path("name").asString() + " "
					+ r.path("result").asString())));
			assertThat(own).as("positions six hours old no longer count").containsExactly("督查甲 NO_POSITION",
					"督查甲 IN_GRID");
			assertThat(worker.get("/api/v1/people/" + astray + "/spot-checks").status()).isEqualTo(403);
			assertThat(worker.get("/api/v1/spot-checks?unit=spc-town").status()).isEqualTo(403);
			assertThat(api.as("spc-stranger", PASSWORD).get("/api/v1/spot-checks?unit=spc-town").status())
				.isEqualTo(403);
			assertThat(api.as("spc-stranger", PASSWORD).get("/api/v1/spot-checks?unit=spc-other&from="
					+ "2038-06-01T00:00:00Z&to=2038-06-02T00:00:00Z").body().size()).isZero();

			clock.setShanghai("2038-07-10T09:00");
			JsonNode figures = worker.get("/api/v1/assessment/indicators?period=2038-06&objectType=worker").body();
			JsonNode row = figures.path("rows").get(0);
			assertThat(row.path("object").asString()).isEqualTo("spc-worker");
			assertThat(row.path("values").path("spotChecks").asInt()).isEqualTo(2);
			assertThat(row.path("values").path("spotCheckPassRate").decimalValue()).isEqualByComparingTo("0.5");
		}
		finally {
			assertThat(leader.delete("/api/v1/spot-check-rules/spc-daily").status()).isEqualTo(204);
		}
		assertThat(api.get("/api/v1/spot-check-rules/spc-daily").status()).isEqualTo(404);
		assertThat(checks("spc-daily")).as("the checks stay on record").isEqualTo(2);
	}

	@Test
	void randomChecksFallInWorkingHoursAndPickTheSameWorkersOnEveryRun() {
		Response rule = api.put("/api/v1/spot-check-rules/spc-random",
				"{\"unit\":\"spc-town\",\"randomChecksPerDay\":3,\"sampleSize\":2,\"workingDaysOnly\":false}");
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(200);
		try {
			SpotCheckRule stored = new SpotCheckRule("spc-random", "spc-town", null, List.of(), 3, 2, 30, false, null);
			assertThat(api.get("/api/v1/spot-check-rules/spc-random").body().path("toleranceMinutes").asInt())
				.isEqualTo(30);
			LocalDate saturday = LocalDate.of(2038, 7, 3);
			List<SpotCheckPlan.Slot> slots = plan.slots(stored, saturday);
			assertThat(slots).hasSize(3).isEqualTo(plan.slots(stored, saturday));
			assertThat(slots).extracting(SpotCheckPlan.Slot::kind).containsOnly("RANDOM");
			for (SpotCheckPlan.Slot slot : slots) {
				LocalTime time = slot.at().atZone(SHANGHAI).toLocalTime();
				assertThat(slot.at().atZone(SHANGHAI).toLocalDate()).isEqualTo(saturday);
				assertThat(time.isBefore(LocalTime.of(8, 30)) || time.isAfter(LocalTime.of(17, 30))
						|| time.isAfter(LocalTime.of(12, 0)) && time.isBefore(LocalTime.of(13, 0)))
					.as(time + " is within working hours").isFalse();
			}
			for (SpotCheckPlan.Slot slot : slots) {
				clock.set(slot.at().plusSeconds(60));
				sweep.checkDue();
				sweep.checkDue();
				assertThat(picked(slot.at())).hasSize(2).isEqualTo(plan.sample(stored, slot.at(),
						List.of(present, astray, silent), Long::longValue));
			}
			assertThat(checks("spc-random")).as("one check per random time").isEqualTo(3);
		}
		finally {
			api.delete("/api/v1/spot-check-rules/spc-random");
		}
	}

	@Test
	void refusesBadRulesFieldByFieldAndCallersWithoutPermission() {
		Response bad = api.put("/api/v1/spot-check-rules/spc-bad", "{\"unit\":\"spc-nowhere\",\"role\":\"wizard\","
				+ "\"times\":[\"09:00\",\"09:00\"],\"randomChecksPerDay\":30,\"sampleSize\":0,\"toleranceMinutes\":0}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(PeopleFixtures.fields(bad)).containsExactly("unit", "role", "times", "randomChecksPerDay",
				"sampleSize", "toleranceMinutes");
		assertThat(PeopleFixtures.fields(api.put("/api/v1/spot-check-rules/Bad_Code", "{\"unit\":\"spc-town\"}")))
			.containsExactly("code", "times");
		assertThat(api.put("/api/v1/spot-check-rules/spc-bad", "{\"unit\":\"spc-town\",\"times\":[\"09:00\"],"
				+ "\"colour\":\"red\"}").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/spot-check-rules/spc-bad").status()).isEqualTo(404);

		String good = "{\"unit\":\"spc-town\",\"times\":[\"10:00\"]}";
		assertThat(api.as("spc-worker", PASSWORD).put("/api/v1/spot-check-rules/spc-bad", good).status())
			.isEqualTo(403);
		assertThat(api.as("spc-stranger", PASSWORD).put("/api/v1/spot-check-rules/spc-bad", good).status())
			.as("another town's leader").isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/spot-check-rules").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/spot-check-rules/spc-bad").status()).isEqualTo(404);
		try {
			assertThat(api.put("/api/v1/spot-check-rules/spc-bad", good).status()).isEqualTo(200);
			assertThat(api.put("/api/v1/spot-check-rules/spc-bad", "{\"unit\":\"spc-town\",\"times\":[]}").status())
				.isEqualTo(400);
			assertThat(api.get("/api/v1/spot-check-rules/spc-bad").body().path("times").get(0).asString())
				.as("a refused change changes nothing").isEqualTo("10:00:00");
		}
		finally {
			api.delete("/api/v1/spot-check-rules/spc-bad");
		}
	}

	private List<Long> picked(Instant slot) {
		return jdbc.sql("""
				SELECT r.person_id FROM spot_check s JOIN spot_check_result r ON r.spot_check_id = s.id
				WHERE s.rule_code = 'spc-random' AND s.slot_at = ? ORDER BY r.person_id
				""").param(java.sql.Timestamp.from(slot)).query(Long.class).list();
	}

	private long checks(String rule) {
		return jdbc.sql("SELECT count(*) FROM spot_check WHERE rule_code = ?").param(rule).query(Long.class).single();
	}

	private void upload(long worker, String local, double lon, double lat) {
		Instant at = java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
		Response response = api.post("/api/v1/people/" + worker + "/track",
				"{\"points\":[{\"t\":\"%s\",\"lon\":%s,\"lat\":%s}]}".formatted(at, lon, lat));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	private void account(String username, String role, long personId) {
		Response account = api.post("/api/v1/accounts", """
				{"username":"%s","displayName":"%s","password":"%s","roles":["%s"],"personId":%d}
				""".formatted(username, username, PASSWORD, role, personId));
		assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
	}

	private static Map<String, String> results(JsonNode check) {
		Map<String, String> results = new TreeMap<>();
		check.path("results").forEach(r -> results.put(r.path("name").asString(), r.path("result").asString()));
		return results;
	}

	private static Map.Entry<String, String> entry(String name, String result) {
		return Map.entry(name, result);
	}
}
