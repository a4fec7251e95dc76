package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.Channel;
import org.onegrid.catalogue.Kind;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * March 2042 (used by no other test) in one street with communities G1, G2 and G3, on a grid scorecard of
 * {@code discoveryRate} 50 and {@code closureRate} 50 and a worker scorecard of {@code offlineRate} 60 and
 * {@code validRate} 40 bundled with the grids at 30. G1 has a patrol report by worker A and a citizen report, G2 a
 * patrol report by A, G3 nothing. A serves G1 and G2, C serves G1, B serves G3; the instructor serves G1 and enters
 * the offline part of the people of G1.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundledAssessmentIntegrationTests {

	private static final String PASSWORD = "bundled-assessment-password";

	private static final long BASE = 9_420_000_000L;

	private static final String SCORES = "/api/v1/assessment/scores?period=2042-03&objectType=worker";

	private static final List<String> READINGS = List.of(SCORES,
			"/api/v1/assessment/scores?period=2042-03&objectType=grid",
			"/api/v1/assessment/indicators?period=2042-03&objectType=worker",
			"/api/v1/assessment/indicators?period=2042-03&objectType=grid");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	CaseFacts facts;

	@Autowired
	Organisation organisation;

	@Autowired
	People people;

	@Autowired
	GridTeams teams;

	@Autowired
	AccountDirectory accounts;

	JsonNode gridCardBefore;

	JsonNode workerCardBefore;

	long workerA;

	long workerB;

	long workerC;

	long instructor;

	@BeforeAll
	void buildsAStreetItsTeamsAndItsMonth() {
		api.put("/api/v1/layers/bdl", """
				{"code":"bdl","name":"捆绑考核","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE"}""");
		assertThat(api.post("/api/v1/layers/bdl/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s,%s]}""".formatted(
				feature("S", null, "街道", 80, 30, 80.3, 30.1), feature("G1", "S", "社区", 80, 30, 80.1, 30.1),
				feature("G2", "S", "社区", 80.1, 30, 80.2, 30.1), feature("G3", "S", "社区", 80.2, 30, 80.3, 30.1)))
			.status()).isEqualTo(200);
		assertThat(api.put("/api/v1/roles/bdl-instructor", """
				{"nameZh":"指导员","nameEn":"Instructor","scope":"GRID",
				 "permissions":["assessment:read","assessment:assess"]}""").status()).isLessThan(300);
		organisation.define(new UnitDefinition("bdl-s", "捆绑街道", "STREET", null, "bdl", "S", false));
		workerA = person("网格员甲", "full-time-worker");
		workerB = person("网格员乙", "full-time-worker");
		workerC = person("网格员丙", "full-time-worker");
		instructor = person("指导员", "bdl-instructor");
		teams.assignAll("bdl", List.of(new TeamAssignment("G1", workerA, "full-time-worker"),
				new TeamAssignment("G2", workerA, "full-time-worker"),
				new TeamAssignment("G3", workerB, "full-time-worker"),
				new TeamAssignment("G1", workerC, "full-time-worker"),
				new TeamAssignment("G1", instructor, "bdl-instructor")));
		account("bdl-a", "full-time-worker", workerA);
		account("bdl-b", "full-time-worker", workerB);
		account("bdl-c", "full-time-worker", workerC);
		account("bdl-i", "bdl-instructor", instructor);
		CaseFacts listener = AopTestUtils.getUltimateTargetObject(facts);
		Instant day = Instant.parse("2042-03-10T02:00:00Z");
		listener.on(new CaseReported(BASE + 1, Channel.PATROL, Kind.EVENT, "0103", "G1", "bdl-a", false, day, "bdl",
				List.of("G1", "S")));
		listener.on(new CaseReported(BASE + 2, Channel.CITIZEN, Kind.EVENT, "0103", "G1", "citizen", false, day,
				"bdl", List.of("G1", "S")));
		listener.on(new CaseReported(BASE + 3, Channel.PATROL, Kind.EVENT, "0103", "G2", "bdl-a", false, day, "bdl",
				List.of("G2", "S")));
		gridCardBefore = api.get("/api/v1/assessment/scorecards/grid").body();
		workerCardBefore = api.get("/api/v1/assessment/scorecards/worker").body();
		assertThat(api.put("/api/v1/assessment/scorecards/grid", """
				{"items":[{"indicator":"discoveryRate","weight":50},{"indicator":"closureRate","weight":50}],
				 "grades":[{"grade":"优","minScore":90},{"grade":"差","minScore":0}]}""").status()).isEqualTo(200);
		TestApi.Response worker = api.put("/api/v1/assessment/scorecards/worker", """
				{"items":[{"indicator":"offlineRate","weight":60},{"indicator":"validRate","weight":40}],
				 "grades":[{"grade":"优","minScore":90},{"grade":"差","minScore":0}],
				 "bundle":{"objectType":"GRID","weight":30}}""");
		assertThat(worker.status()).as(worker.body().toString()).isEqualTo(200);
		clock.setShanghai("2042-03-20T10:00");
	}

	@AfterAll
	void restoresTheScorecards() {
		clock.reset();
		api.put("/api/v1/assessment/scorecards/grid", gridCardBefore.toString());
		api.put("/api/v1/assessment/scorecards/worker", workerCardBefore.toString());
	}

	@Test
	@Order(1)
	void refusesABundleAnywhereButOnTheWorkersOrOutsideItsRange() {
		TestApi.Response grid = api.put("/api/v1/assessment/scorecards/grid", """
				{"items":[{"indicator":"discoveryRate","weight":100}],"grades":[{"grade":"差","minScore":0}],
				 "bundle":{"objectType":"DEPARTMENT","weight":100}}""");
		assertThat(grid.status()).isEqualTo(400);
		assertThat(grid.contentType()).startsWith("application/problem+json");
		assertThat(grid.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("bundle",
				"bundle.objectType", "bundle.weight");
		assertThat(api.get("/api/v1/assessment/scorecards/grid").body().path("items").size()).as("unchanged")
			.isEqualTo(2);
	}

	@Test
	@Order(2)
	void refusesAnInvalidOfflineScoreFieldByFieldAndChangesNothing() {
		TestApi instructorApi = api.as("bdl-i", PASSWORD);
		TestApi.Response bad = instructorApi.put(offline(workerA, "2042-03"),
				"{\"score\":120.5,\"note\":\"" + "很".repeat(501) + "\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("score", "note");
		TestApi.Response badMonth = instructorApi.put(offline(workerA, "2042-13"), "{\"score\":1.234}");
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("month",
				"score");
		assertThat(instructorApi.put(offline(workerA, "2042-04"), "{\"score\":50}").body().path("errors")
			.findValuesAsString("code")).as("April has not begun").containsExactly("NOT_BEGUN");
		assertThat(instructorApi.put(offline(workerA, "2042-03"), "{}").status()).isEqualTo(400);
		assertThat(instructorApi.put(offline(workerA, "2042-03"), "{\"score\":50,\"grade\":\"A\"}").status())
			.as("an unknown field").isEqualTo(400);
		assertThat(api.get(offline(workerA, "2042-03")).body().size()).as("nothing stored").isZero();
	}

	@Test
	@Order(3)
	void letsOnlyAnAssessorInWhoseScopeThePersonServesEnterTheirScore() {
		assertThat(api.as("bdl-a", PASSWORD).put(offline(workerA, "2042-03"), "{\"score\":100}").status())
			.as("a worker, not an assessor, on their own score").isEqualTo(403);
		TestApi.Response self = api.as("bdl-i", PASSWORD).put(offline(instructor, "2042-03"), "{\"score\":100}");
		assertThat(self.status()).as("an assessor on their own score").isEqualTo(403);
		assertThat(self.contentType()).startsWith("application/problem+json");
		assertThat(api.as("bdl-i", PASSWORD).put(offline(workerB, "2042-03"), "{\"score\":100}").status())
			.as("B serves G3, outside the instructor's G1").isEqualTo(403);
		assertThat(api.get(offline(instructor, "2042-03")).body().size()).isZero();
		assertThat(api.get(offline(workerB, "2042-03")).body().size()).isZero();
		TestApi.Response entered = api.as("bdl-i", PASSWORD).put(offline(workerA, "2042-03"),
				"{\"score\":80,\"note\":\"巡查认真\"}");
		assertThat(entered.status()).as(entered.body().toString()).isEqualTo(200);
		assertThat(entered.body().path("enteredBy").asString()).isEqualTo("bdl-i");
		assertThat(entered.body().path("closedRevision").isNull()).isTrue();
		assertThat(api.as("bdl-i", PASSWORD).put(offline(workerC, "2042-03"), "{\"score\":90}").status())
			.isEqualTo(200);
		assertThat(api.put(offline(workerB, "2042-03"), "{\"score\":70}").status()).as("the district's assessor")
			.isEqualTo(200);
	}

	@Test
	@Order(4)
	void bindsEachWorkersScoreToTheMeanScoreOfTheGridsTheyServe() {
		BigDecimal g1 = points(50, 0.5).add(points(50, 0));
		BigDecimal g2 = points(50, 1).add(points(50, 0));
		assertThat(scoreOf(api.get("/api/v1/assessment/scores?period=2042-03&objectType=grid").body(), "G1"))
			.isEqualByComparingTo(g1);
		BigDecimal ownA = points(60, 0.8).add(points(40, 1));
		BigDecimal gridsA = g1.add(g2).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		JsonNode scores = api.get(SCORES).body();
		JsonNode a = row(scores, "bdl-a");
		assertThat(a.path("score").decimalValue()).as("70% of 88 + 30% of 37.5, not A's own 88")
			.isEqualByComparingTo(bundled(ownA, gridsA)).isEqualByComparingTo("72.85");
		assertThat(a.path("bundle").path("ownScore").decimalValue()).isEqualByComparingTo(ownA).isEqualByComparingTo(
				"88");
		assertThat(a.path("bundle").path("gridScore").decimalValue()).as("the mean of G1's 25 and G2's 50")
			.isEqualByComparingTo(gridsA).isEqualByComparingTo("37.5");
		assertThat(strings(a.path("bundle").path("grids"))).containsExactly("G1", "G2");
		JsonNode c = row(scores, "bdl-c");
		assertThat(c.path("score").decimalValue()).as("70% of 54 + 30% of G1's 25")
			.isEqualByComparingTo(bundled(points(60, 0.9), g1)).isEqualByComparingTo("45.30");
		JsonNode b = row(scores, "bdl-b");
		assertThat(b.path("bundle").path("gridScore").isNull()).as("G3 had nothing to score").isTrue();
		assertThat(b.path("score").decimalValue()).as("B's own 60 × 0.7 alone").isEqualByComparingTo(
				points(60, 0.7));
		assertThat(api.as("bdl-a", PASSWORD).get(SCORES).body().path("rows").size()).as("A sees their own row")
			.isEqualTo(1);
	}

	@Test
	@Order(5)
	void keepsAClosedMonthsResultUntilTheMonthIsClosedAgain() {
		clock.setShanghai("2042-04-02T09:00");
		List<JsonNode> live = READINGS.stream().map(reading -> api.get(reading).body().path("rows")).toList();
		assertThat(api.post("/api/v1/assessment/months/2042-03/close", "{}").status()).isEqualTo(201);
		for (int i = 0; i < READINGS.size(); i++) {
			JsonNode published = api.get(READINGS.get(i)).body();
			assertThat(published.path("revision").asInt()).isEqualTo(1);
			assertThat(published.path("rows").toString()).as("%s published as it read live, in its order",
					READINGS.get(i)).isEqualTo(live.get(i).toString());
		}
		assertThat(row(api.get(SCORES).body(), "bdl-a").path("bundle").path("gridScore").decimalValue())
			.as("published with both parts").isEqualByComparingTo("37.5");
		clock.setShanghai("2042-04-03T09:00");
		TestApi.Response late = api.as("bdl-i", PASSWORD).put(offline(workerA, "2042-03"), "{\"score\":100}");
		assertThat(late.status()).isEqualTo(200);
		assertThat(late.body().path("closedRevision").asInt()).isEqualTo(1);
		assertThat(late.body().path("published").asBoolean()).isFalse();
		JsonNode published = api.get(SCORES).body();
		assertThat(published.path("revision").asInt()).isEqualTo(1);
		assertThat(row(published, "bdl-a").path("score").decimalValue()).as("unchanged until closed again")
			.isEqualByComparingTo("72.85");
		clock.setShanghai("2042-04-04T09:00");
		assertThat(api.post("/api/v1/assessment/months/2042-03/close", "{}").status()).isEqualTo(201);
		JsonNode corrected = api.get(SCORES).body();
		assertThat(corrected.path("revision").asInt()).isEqualTo(2);
		assertThat(row(corrected, "bdl-a").path("score").decimalValue()).as("70% of 100 + 30% of 37.5")
			.isEqualByComparingTo(bundled(points(60, 1).add(points(40, 1)), new BigDecimal("37.5")));
		JsonNode history = api.get(offline(workerA, "2042-03")).body();
		assertThat(history.findValuesAsString("score")).isNotEmpty();
		assertThat(history.get(0).path("published").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/assessment/months/2042-03").body().path("revisions").size()).isEqualTo(2);
	}

	/** {@code weight × rate}, as the scorecard document says. */
	private static BigDecimal points(int weight, double rate) {
		return BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP);
	}

	/** {@code own × 70 ÷ 100 + grids × 30 ÷ 100}, to two places. */
	private static BigDecimal bundled(BigDecimal own, BigDecimal grids) {
		return own.multiply(BigDecimal.valueOf(70)).add(grids.multiply(BigDecimal.valueOf(30)))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	private static String offline(long personId, String month) {
		return "/api/v1/assessment/people/" + personId + "/offline-scores/" + month;
	}

	private static BigDecimal scoreOf(JsonNode scores, String object) {
		return row(scores, object).path("score").decimalValue();
	}

	private static JsonNode row(JsonNode scores, String object) {
		for (JsonNode row : scores.path("rows")) {
			if (row.path("object").asString().equals(object)) {
				return row;
			}
		}
		throw new AssertionError(object + " not in " + scores);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private long person(String name, String role) {
		return people.add(new PersonDefinition(name, null, "bdl-s", null, List.of(role), false)).id();
	}

	private void account(String username, String role, Long personId) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), personId,
				true), "test", false);
	}

}
