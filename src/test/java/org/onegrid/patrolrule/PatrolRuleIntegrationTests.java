package org.onegrid.patrolrule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import tools.jackson.databind.JsonNode;

/**
 * A town's grid workers held to a patrol minimum in the ISO week 2038-W22 (Monday 31 May to Sunday 6 June): in the
 * town's village one full-time worker patrols community C1 on two days (a track point in a micro-grid below it, then
 * a check-in), another patrols C2 on one day and walks C1, not theirs, on another; a specialist walks C1 twice. A
 * full-time worker of another street serving C1 and a clerk on no team are covered by no rule of the town. Bad rules
 * and bad weeks are refused field by field with nothing changed, and callers without permission are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatrolRuleIntegrationTests {

	private static final double X = 121.90;

	private static final double Y = 28.90;

	private static final String PASSWORD = "patrol-rule-password";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	long twice;

	long once;

	long specialist;

	long outsider;

	@BeforeAll
	void townWithGridWorkersWhoPatrolThatWeek() {
		PeopleFixtures fixtures = new PeopleFixtures(api);
		fixtures.layer("ptr", X, Y);
		fixtures.unit("ptr-town", "STREET", null);
		fixtures.unit("ptr-village", "COMMUNITY", "ptr-town");
		fixtures.unit("ptr-other", "STREET", null);
		twice = fixtures.person("巡查甲", "ptr-village", null, "full-time-worker");
		once = fixtures.person("巡查乙", "ptr-village", null, "full-time-worker");
		specialist = fixtures.person("巡查丙", "ptr-village", "urban-management", "specialist-worker");
		outsider = fixtures.person("别街巡查", "ptr-other", null, "full-time-worker");
		fixtures.person("巡查文员", "ptr-town", null, "full-time-worker");
		fixtures.assign("ptr", "C1", twice, "full-time-worker");
		fixtures.assign("ptr", "C2", once, "full-time-worker");
		fixtures.assign("ptr", "C1", specialist, "specialist-worker");
		fixtures.assign("ptr", "C1", outsider, "full-time-worker");
		account("ptr-leader", "shift-leader", fixtures.person("巡查值班长", "ptr-town", null, "shift-leader"));
		account("ptr-stranger", "shift-leader", fixtures.person("别街值班长", "ptr-other", null, "shift-leader"));
		account("ptr-worker", "full-time-worker", twice);
		try {
			upload(twice, "2038-05-31T10:00", X + 0.005, Y + 0.005);
			clock.setShanghai("2038-06-02T09:00");
			Response checkIn = api.post("/api/v1/people/" + twice + "/check-ins",
					"{\"layerCode\":\"ptr\",\"gridCode\":\"C1\",\"lon\":%s,\"lat\":%s}".formatted(X + 0.005, Y + 0.015));
			assertThat(checkIn.body().path("accepted").asBoolean()).as(checkIn.body().toString()).isTrue();
			upload(twice, "2038-06-07T10:00", X + 0.005, Y + 0.005);
			upload(once, "2038-06-01T10:00", X + 0.015, Y + 0.005);
			upload(once, "2038-06-03T10:00", X + 0.005, Y + 0.005);
			upload(specialist, "2038-06-01T11:00", X + 0.005, Y + 0.015);
			upload(specialist, "2038-06-04T11:00", X + 0.005, Y + 0.005);
			upload(outsider, "2038-06-01T11:00", X + 0.005, Y + 0.005);
		}
		finally {
			clock.reset();
		}
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theMonthsAssessmentCountsTheWeeksAWorkerMetTheMinimumIn() {
		assertThat(api.put("/api/v1/patrol-rules/ptr-assessed", "{\"unitCode\":\"ptr-town\","
				+ "\"role\":\"full-time-worker\",\"minimumDaysPerWeek\":2}").status()).isEqualTo(201);
		try {
			clock.setShanghai("2038-07-05T09:00");
			Response month = api.get("/api/v1/assessment/indicators?period=2038-06&objectType=worker");
			assertThat(month.status()).as(month.body().toString()).isEqualTo(200);
			JsonNode row = null;
			for (JsonNode candidate : month.body().path("rows")) {
				if (candidate.path("object").asString().equals("ptr-worker")) {
					row = candidate.path("values");
				}
			}
			assertThat(row).as("a worker measured only by the patrol minimum has a row").isNotNull();
			assertThat(row.path("patrolWeeks").asInt()).as("the four weeks ending in June").isEqualTo(4);
			assertThat(row.path("patrolWeeksMet").asInt()).as("only 2038-W22").isEqualTo(1);
			assertThat(row.path("patrolMinimumRate").decimalValue()).isEqualByComparingTo("0.25");
			clock.setShanghai("2038-06-09T09:00");
			JsonNode week = api.get("/api/v1/assessment/indicators?period=2038-W23&objectType=worker").body();
			assertThat(week.toString()).as("a week still running counts none").doesNotContain("\"patrolWeeks\":1");
		}
		finally {
			assertThat(api.delete("/api/v1/patrol-rules/ptr-assessed").status()).isEqualTo(204);
		}
	}

	@Test
	void listsEachCoveredWorkersPatrolDaysOfTheWeekAgainstTheMinimum() {
		TestApi leader = api.as("ptr-leader", PASSWORD);
		Response created = leader.put("/api/v1/patrol-rules/ptr-full-time",
				"{\"unitCode\":\"ptr-town\",\"role\":\"full-time-worker\",\"minimumDaysPerWeek\":2,"
						+ "\"note\":\"网格员每周到网格开展巡查工作不少于2日\"}");
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(leader.put("/api/v1/patrol-rules/ptr-everyone",
				"{\"unitCode\":\"ptr-village\",\"minimumDaysPerWeek\":2}").status()).isEqualTo(201);
		try {
			Response weeks = leader.get("/api/v1/patrol-rules/shortfalls?week=2038-W22");
			assertThat(weeks.status()).as(weeks.body().toString()).isEqualTo(200);
			assertThat(rows(weeks.body(), "ptr-full-time")).as("the other street's worker and the clerk are not listed")
				.containsExactly(Map.entry("巡查乙", "1 [2038-06-01] false"),
						Map.entry("巡查甲", "2 [2038-05-31, 2038-06-02] true"));
			assertThat(rows(weeks.body(), "ptr-everyone")).as("no role: the specialist counts too")
				.containsExactly(Map.entry("巡查丙", "2 [2038-06-01, 2038-06-04] true"),
						Map.entry("巡查乙", "1 [2038-06-01] false"),
						Map.entry("巡查甲", "2 [2038-05-31, 2038-06-02] true"));
			JsonNode first = weeks.body().get(0);
			assertThat(first.path("week").asString()).isEqualTo("2038-W22");
			assertThat(first.path("monday").asString()).isEqualTo("2038-05-31");
			assertThat(first.path("sunday").asString()).isEqualTo("2038-06-06");
			assertThat(first.path("minimumDaysPerWeek").asInt()).isEqualTo(2);

			clock.setShanghai("2038-06-06T22:00");
			Response current = leader.get("/api/v1/patrol-rules/shortfalls");
			assertThat(rows(current.body(), "ptr-full-time")).as("the current week by default")
				.isEqualTo(rows(weeks.body(), "ptr-full-time"));
			clock.setShanghai("2038-06-08T09:00");
			assertThat(rows(leader.get("/api/v1/patrol-rules/shortfalls").body(), "ptr-full-time"))
				.containsExactly(Map.entry("巡查乙", "0 [] false"), Map.entry("巡查甲", "1 [2038-06-07] false"));

			assertThat(api.as("ptr-stranger", PASSWORD).get("/api/v1/patrol-rules/shortfalls?week=2038-W22").body()
				.findValuesAsString("name")).as("another street's reader sees none of the town's workers").isEmpty();
			assertThat(api.as("ptr-stranger", PASSWORD).get("/api/v1/patrol-rules/ptr-full-time").status())
				.isEqualTo(404);
		}
		finally {
			assertThat(leader.delete("/api/v1/patrol-rules/ptr-full-time").status()).isEqualTo(204);
			assertThat(leader.delete("/api/v1/patrol-rules/ptr-everyone").status()).isEqualTo(204);
		}
		assertThat(api.get("/api/v1/patrol-rules/ptr-full-time").status()).isEqualTo(404);
	}

	@Test
	void refusesBadRulesAndBadWeeksFieldByFieldChangingNothing() {
		assertThat(api.put("/api/v1/patrol-rules/ptr-bad", "{\"unitCode\":\"ptr-town\",\"minimumDaysPerWeek\":3}")
			.status()).isEqualTo(201);
		try {
			assertThat(PeopleFixtures.fields(api.put("/api/v1/patrol-rules/ptr-bad",
					"{\"unitCode\":\"ptr-town\",\"minimumDaysPerWeek\":0}"))).containsExactly("minimumDaysPerWeek");
			assertThat(PeopleFixtures.fields(api.put("/api/v1/patrol-rules/ptr-bad",
					"{\"unitCode\":\"ptr-town\",\"minimumDaysPerWeek\":8}"))).containsExactly("minimumDaysPerWeek");
			assertThat(PeopleFixtures.fields(api.put("/api/v1/patrol-rules/ptr-bad",
					"{\"unitCode\":\"ptr-nowhere\",\"role\":\"wizard\",\"minimumDaysPerWeek\":2}")))
				.containsExactly("unitCode", "role");
			assertThat(PeopleFixtures.fields(api.put("/api/v1/patrol-rules/Bad_Code", "{\"unitCode\":\"ptr-town\"}")))
				.containsExactly("code", "minimumDaysPerWeek");
			assertThat(api.put("/api/v1/patrol-rules/ptr-bad", "{\"unitCode\":\"ptr-town\",\"minimumDaysPerWeek\":2,"
					+ "\"colour\":\"red\"}").status()).isEqualTo(400);
			JsonNode stored = api.get("/api/v1/patrol-rules/ptr-bad").body();
			assertThat(stored.path("unitCode").asString()).isEqualTo("ptr-town");
			assertThat(stored.path("minimumDaysPerWeek").asInt()).as("a refused change changes nothing").isEqualTo(3);
			assertThat(api.get("/api/v1/patrol-rules/Bad_Code").status()).isEqualTo(404);

			for (String week : new String[] { "2038-22", "2038-W54", "W22", "2038-W00" }) {
				Response bad = api.get("/api/v1/patrol-rules/shortfalls?week=" + week);
				assertThat(bad.status()).as(week).isEqualTo(400);
				assertThat(PeopleFixtures.fields(bad)).containsExactly("week");
			}
		}
		finally {
			api.delete("/api/v1/patrol-rules/ptr-bad");
		}
	}

	@Test
	void refusesCallersWithoutPermissionOrOutsideTheUnit() {
		String good = "{\"unitCode\":\"ptr-town\",\"minimumDaysPerWeek\":2}";
		TestApi worker = api.as("ptr-worker", PASSWORD);
		assertThat(worker.put("/api/v1/patrol-rules/ptr-denied", good).status()).isEqualTo(403);
		assertThat(worker.get("/api/v1/patrol-rules/shortfalls").status()).isEqualTo(403);
		assertThat(worker.get("/api/v1/patrol-rules").status()).isEqualTo(403);
		assertThat(api.as("ptr-stranger", PASSWORD).put("/api/v1/patrol-rules/ptr-denied", good).status())
			.as("another street's shift leader").isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/patrol-rules").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/patrol-rules/ptr-denied").status()).isEqualTo(404);
		assertThat(api.put("/api/v1/patrol-rules/ptr-denied", good).status()).isEqualTo(201);
		try {
			assertThat(api.as("ptr-stranger", PASSWORD).delete("/api/v1/patrol-rules/ptr-denied").status())
				.isEqualTo(403);
			assertThat(worker.delete("/api/v1/patrol-rules/ptr-denied").status()).isEqualTo(403);
			assertThat(api.get("/api/v1/patrol-rules/ptr-denied").status()).isEqualTo(200);
		}
		finally {
			api.delete("/api/v1/patrol-rules/ptr-denied");
		}
	}

	private static Map<String, String> rows(JsonNode weeks, String rule) {
		Map<String, String> rows = new TreeMap<>();
		for (JsonNode week : weeks) {
			if (week.path("ruleCode").asString().equals(rule)) {
				rows.put(week.path("name").asString(), week.path("patrolDays").asInt() + " "
						+ week.path("days").toString().replace("\"", "").replace(",", ", ") + " "
						+ week.path("met").asBoolean());
			}
		}
		return rows;
	}

	private void upload(long worker, String local, double lon, double lat) {
		Instant at = LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
		clock.set(at.plusSeconds(60));
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
}
