package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.TestLayers.feature;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.CaseAccepted;
import org.onegrid.cases.CaseChecked;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseFiled;
import org.onegrid.cases.CaseRejected;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReturned;
import org.onegrid.cases.CaseVerified;
import org.onegrid.cases.CaseVoided;
import org.onegrid.cases.Channel;
import org.onegrid.catalogue.Kind;
import org.onegrid.fieldwork.Attendance;
import org.onegrid.fieldwork.CheckInRequest;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.TeamAssignment;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * A hand-worked March 2033 (used by no other test; 23 working days, Monday to Friday, as no holiday schedule covers
 * 2033). Workers A and B serve community C1 of street S1; their leader sits in S1's unit; the operator has no person.
 * <ul>
 * <li>A's patrol reports: a1 accepted, a2 rejected, a3 self-handled, a4 filed then voided, a0 from February.</li>
 * <li>Citizen and hotline reports in C1: c1 verified by A in time, c2 verified by A late, c3 found false by A on
 * verification, c5 voided; c4 came through 110, which is no missed channel.</li>
 * <li>A checks a1 in time and d1 late; A checks in at C1 on Thursday 3rd, Friday 4th and Saturday 5th, and is
 * refused, too far, on Monday 7th.</li>
 * <li>The operator accepts a1 and c1 in time and c2 late, files a1 in time and a4 late, dispatches a1 in time to
 * one department, which returns it, then late to another; the system dispatches d1.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleIndicatorsIntegrationTests {

	private static final YearMonth MARCH = YearMonth.of(2033, 3);

	private static final String PASSWORD = "people-indicators-password";

	private static final long BASE = 9_330_000_000L;

	@Autowired
	CaseFacts facts;

	@Autowired
	Assessment assessment;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	Organisation organisation;

	@Autowired
	People people;

	@Autowired
	GridTeams teams;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Attendance attendance;

	long workerA;

	@BeforeAll
	void buildsOneCommunityAndItsMonth() {
		api.put("/api/v1/layers/wkr", """
				{"code":"wkr","name":"人员考核","kind":"ops","levelNames":["街道","社区"],"codeRule":"FREE"}""");
		TestApi.Response imported = api.post("/api/v1/layers/wkr/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s]}""".formatted(
				feature("S1", null, "街道", 75, 35, 75.2, 35.1), feature("C1", "S1", "社区", 75, 35, 75.1, 35.1),
				feature("C2", "S1", "社区", 75.1, 35, 75.2, 35.1)));
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
		organisation.define(new UnitDefinition("wkr-s", "考核街道", "STREET", null, "wkr", "S1", false));
		workerA = person("网格员甲", "full-time-worker");
		long workerB = person("网格员乙", "full-time-worker");
		teams.assignAll("wkr", List.of(new TeamAssignment("C1", workerA, "full-time-worker"),
				new TeamAssignment("C2", workerA, "full-time-worker"),
				new TeamAssignment("C1", workerB, "full-time-worker")));
		account("wkr-a", "full-time-worker", workerA);
		account("wkr-b", "full-time-worker", workerB);
		account("wkr-leader", "leader", person("考核街道领导", "leader"));
		account("wkr-op", "shift-leader", null);
		feedMarch();
		checkIn("2033-03-03T09:00", 75.05);
		checkIn("2033-03-04T09:00", 75.05);
		checkIn("2033-03-05T09:00", 75.05);
		checkIn("2033-03-07T09:00", 76.5);
		clock.reset();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsWhatEachWorkerReportedVerifiedCheckedMissedAndAttended() {
		clock.setShanghai("2033-04-10T09:00");
		Map<String, BigDecimal> a = row(ObjectType.WORKER, "wkr-a");
		assertThat(a.get("reports")).as("a1–a4; a0 was February's").isEqualByComparingTo("4");
		assertThat(a.get("validReports")).as("a1 and a3: a2 rejected, a4 voided").isEqualByComparingTo("2");
		assertThat(a.get("validRate")).isEqualByComparingTo("0.5");
		assertThat(a.get("verifications")).isEqualByComparingTo("3");
		assertThat(a.get("onTimeVerifications")).as("c1 and c3; c2 was late").isEqualByComparingTo("2");
		assertThat(a.get("onTimeVerificationRate")).isEqualByComparingTo("0.6667");
		assertThat(a.get("checks")).isEqualByComparingTo("2");
		assertThat(a.get("onTimeCheckRate")).isEqualByComparingTo("0.5");
		assertThat(a.get("missed")).as("c1 and c2: c3 was false, c4 came by 110, c5 voided").isEqualByComparingTo("2");
		assertThat(a.get("missedRate")).as("2 ÷ (2 missed + 2 valid)").isEqualByComparingTo("0.5");
		assertThat(a.get("selfHandled")).isEqualByComparingTo("1");
		assertThat(a.get("workingDays")).isEqualByComparingTo("23");
		assertThat(a.get("attendanceDays")).as("Thursday and Friday; Saturday is no working day").isEqualByComparingTo(
				"2");
		assertThat(a.get("attendanceRate")).as("2 ÷ 23").isEqualByComparingTo("0.0870");
		assertThat(a.get("patrolDays")).as("the refused check-in does not count").isEqualByComparingTo("3");
		assertThat(a.get("servedGrids")).isEqualByComparingTo("2");
		assertThat(a.get("patrolledGrids")).as("C1, where a checked in; never C2").isEqualByComparingTo("1");
		assertThat(a.get("patrolCoverage")).isEqualByComparingTo("0.5");
		Map<String, BigDecimal> b = row(ObjectType.WORKER, "wkr-b");
		assertThat(b.get("reports")).isEqualByComparingTo("0");
		assertThat(b.get("validRate")).as("nothing reported, nothing to measure").isNull();
		assertThat(b.get("missed")).isEqualByComparingTo("2");
		assertThat(b.get("missedRate")).isEqualByComparingTo("1");
		assertThat(b.get("attendanceRate")).isEqualByComparingTo("0");
		assertThat(b.get("patrolCoverage")).as("a's patrols are not b's").isEqualByComparingTo("0");
		assertThat(rows(ObjectType.WORKER)).as("the leader did nothing of this").doesNotContain("wkr-leader");
	}

	@Test
	void countsHowSoonAndHowAccuratelyEachOperatorActed() {
		clock.setShanghai("2033-04-10T09:00");
		Map<String, BigDecimal> op = row(ObjectType.OPERATOR, "wkr-op");
		assertThat(op.get("accepted")).isEqualByComparingTo("3");
		assertThat(op.get("onTimeAccepted")).isEqualByComparingTo("2");
		assertThat(op.get("onTimeAcceptRate")).isEqualByComparingTo("0.6667");
		assertThat(op.get("filed")).isEqualByComparingTo("2");
		assertThat(op.get("onTimeFileRate")).isEqualByComparingTo("0.5");
		assertThat(op.get("accurateFiled")).as("a4 was voided").isEqualByComparingTo("1");
		assertThat(op.get("accurateFilingRate")).isEqualByComparingTo("0.5");
		assertThat(op.get("dispatched")).isEqualByComparingTo("2");
		assertThat(op.get("onTimeDispatchRate")).isEqualByComparingTo("0.5");
		assertThat(op.get("accurateDispatched")).as("the first dispatch of a1 came back").isEqualByComparingTo("1");
		assertThat(op.get("accurateDispatchRate")).isEqualByComparingTo("0.5");
		assertThat(rows(ObjectType.OPERATOR)).as("the system's dispatch counts for nobody").doesNotContain("system");
	}

	@Test
	void scoresPeopleOnTheirDefaultScorecards() {
		clock.setShanghai("2033-04-10T09:00");
		assertThat(score(ObjectType.WORKER, "wkr-a"))
			.as("25 × 0.5 + 15 × 0.6667 + 15 × 0.5 + 20 × (1 − 0.5) + 25 × 0.0870 = 42.1755")
			.isEqualByComparingTo("42.18");
		assertThat(score(ObjectType.WORKER, "wkr-b")).as("every rate absent or 0, and everything missed")
			.isEqualByComparingTo("0");
		assertThat(score(ObjectType.OPERATOR, "wkr-op")).as("20 × 0.6667 + 4 × 20 × 0.5 = 53.334")
			.isEqualByComparingTo("53.33");
	}

	@Test
	void aWorkerSeesOnlyTheirOwnRowAndTheirLeaderSeesBoth() {
		clock.setShanghai("2033-04-10T09:00");
		String uri = "/api/v1/assessment/indicators?period=2033-03&objectType=worker";
		assertThat(objects(api.as("wkr-a", PASSWORD).get(uri))).containsExactly("wkr-a");
		assertThat(objects(api.as("wkr-b", PASSWORD).get(uri))).containsExactly("wkr-b");
		assertThat(objects(api.as("wkr-leader", PASSWORD).get(uri))).containsExactly("wkr-a", "wkr-b");
		assertThat(objects(api.as("wkr-a", PASSWORD).get(
				"/api/v1/assessment/scores?period=2033-03&objectType=operator"))).isEmpty();
		assertThat(api.as("wkr-a", PASSWORD).get("/api/v1/assessment/people/wkr-b/cases?period=2033-03"
				+ "&objectType=worker").status()).isEqualTo(404);
	}

	@Test
	void showsTheCasesBehindAWorkersFiguresAndWhySomeDidNotCount() {
		clock.setShanghai("2033-04-10T09:00");
		TestApi.Response cases = api.as("wkr-a", PASSWORD)
			.get("/api/v1/assessment/people/wkr-a/cases?period=2033-03&objectType=worker");
		assertThat(cases.status()).as(cases.body().toString()).isEqualTo(200);
		List<String> lines = new ArrayList<>();
		cases.body().path("lines").forEach(line -> lines.add(line.path("indicator").asString() + " "
				+ (line.path("caseId").asLong() - BASE) + " " + line.path("counted").asBoolean() + " "
				+ line.path("reason").asString("")));
		assertThat(lines).containsExactly("missed 21 true CITIZEN", "missed 22 true HOTLINE_12345",
				"missed 23 false REJECTED", "missed 25 false VOIDED", "onTimeChecks 1 true ", "onTimeChecks 31 false LATE",
				"onTimeVerifications 21 true ", "onTimeVerifications 22 false LATE", "onTimeVerifications 23 true ",
				"selfHandled 3 true ", "validReports 1 true ", "validReports 2 false REJECTED", "validReports 3 true ",
				"validReports 4 false VOIDED");
		TestApi.Response operator = api.get("/api/v1/assessment/people/wkr-op/cases?period=2033-03"
				+ "&objectType=operator");
		List<String> reasons = new ArrayList<>();
		operator.body().path("lines").forEach(line -> reasons.add(line.path("reason").asString("")));
		assertThat(reasons).contains("RETURNED", "VOIDED", "LATE");
	}

	/** Case ids: BASE + 1…4 A's reports (0 in February), + 21…25 citizen, hotline and 110 reports, + 31 d1. */
	private void feedMarch() {
		CaseFacts listener = AopTestUtils.getUltimateTargetObject(facts);
		Instant day2 = Instant.parse("2033-03-02T02:00:00Z");
		long h = 3_600;
		List<String> grids = List.of("C1", "S1");
		listener.on(new CaseReported(BASE, Channel.PATROL, Kind.EVENT, "0103", "C1", "wkr-a", false,
				Instant.parse("2033-02-27T02:00:00Z"), "wkr", grids));
		for (int i = 1; i <= 4; i++) {
			listener.on(new CaseReported(BASE + i, Channel.PATROL, Kind.EVENT, "0103", "C1", "wkr-a", i == 3,
					day2.plusSeconds(i * 86_400L - 86_400), "wkr", grids));
		}
		listener.on(new CaseAccepted(BASE + 1, 2, "wkr-op", day2.plusSeconds(h), day2.plusSeconds(2 * h)));
		listener.on(new CaseFiled(BASE + 1, 3, day2.plusSeconds(2 * h), "wkr-op", day2.plusSeconds(3 * h), false));
		listener.on(new CaseDispatched(BASE + 1, "dept-x", List.of(), null, 4, day2.plusSeconds(3 * h), "wkr-op",
				day2.plusSeconds(3 * h), false));
		listener.on(new CaseReturned(BASE + 1, 5, "dept-x", day2.plusSeconds(4 * h)));
		listener.on(new CaseDispatched(BASE + 1, "dept-y", List.of(), null, 6, day2.plusSeconds(6 * h), "wkr-op",
				day2.plusSeconds(5 * h), false));
		listener.on(new CaseChecked(BASE + 1, 9, "wkr-a", true, day2.plusSeconds(30 * h), day2.plusSeconds(40 * h)));
		listener.on(new CaseRejected(BASE + 2, 2, "wkr-op", day2.plusSeconds(26 * h)));
		Instant day5 = day2.plusSeconds(3 * 86_400L);
		listener.on(new CaseFiled(BASE + 4, 3, day5.plusSeconds(5 * h), "wkr-op", day5.plusSeconds(4 * h), false));
		listener.on(new CaseVoided(BASE + 4, 4, day5.plusSeconds(6 * h)));
		Instant day10 = Instant.parse("2033-03-10T02:00:00Z");
		Channel[] channels = { Channel.CITIZEN, Channel.HOTLINE_12345, Channel.CITIZEN, Channel.POLICE_110,
				Channel.CITIZEN };
		for (int i = 0; i < channels.length; i++) {
			listener.on(new CaseReported(BASE + 21 + i, channels[i], Kind.EVENT, "0103", "C1", "citizen", false,
					day10.plusSeconds(i * 86_400L), "wkr", grids));
		}
		listener.on(new CaseVerified(BASE + 21, 2, "wkr-a", true, day10.plusSeconds(h), day10.plusSeconds(2 * h)));
		listener.on(new CaseAccepted(BASE + 21, 3, "wkr-op", day10.plusSeconds(2 * h), day10.plusSeconds(2 * h)));
		Instant day11 = day10.plusSeconds(86_400);
		listener.on(new CaseVerified(BASE + 22, 2, "wkr-a", true, day11.plusSeconds(3 * h), day11.plusSeconds(2 * h)));
		listener.on(new CaseAccepted(BASE + 22, 3, "wkr-op", day11.plusSeconds(4 * h), day11.plusSeconds(2 * h)));
		Instant day12 = day11.plusSeconds(86_400);
		listener.on(new CaseVerified(BASE + 23, 2, "wkr-a", false, day12.plusSeconds(h), null));
		listener.on(new CaseVoided(BASE + 25, 2, day12.plusSeconds(3 * 86_400L)));
		listener.on(new CaseReported(BASE + 31, Channel.VIDEO, Kind.EVENT, "0103", "C1", "camera", false, day10));
		listener.on(new CaseDispatched(BASE + 31, "dept-x", List.of(), null, 3, day10.plusSeconds(h), "system",
				day10.plusSeconds(2 * h), false));
		listener.on(new CaseChecked(BASE + 31, 6, "wkr-a", true, day12.plusSeconds(5 * h), day12.plusSeconds(4 * h)));
	}

	private void checkIn(String localTime, double lon) {
		clock.setShanghai(localTime);
		attendance.checkIn(workerA, new CheckInRequest("wkr", "C1", lon, 35.05, null));
	}

	private Map<String, BigDecimal> row(ObjectType type, String object) {
		return assessment.indicators(Period.month(MARCH), type).rows().stream()
			.filter(row -> row.object().equals(object))
			.findFirst()
			.orElseThrow()
			.values();
	}

	private List<String> rows(ObjectType type) {
		return assessment.indicators(Period.month(MARCH), type).rows().stream().map(Figures::object).toList();
	}

	private BigDecimal score(ObjectType type, String object) {
		return assessment.scores(Period.month(MARCH), type).rows().stream()
			.filter(row -> row.object().equals(object))
			.findFirst()
			.orElseThrow()
			.score();
	}

	private static List<String> objects(TestApi.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<String> objects = new ArrayList<>();
		response.body().path("rows").forEach(row -> objects.add(row.path("object").asString()));
		return objects;
	}

	private long person(String name, String role) {
		return people.add(new PersonDefinition(name, null, "wkr-s", null, List.of(role), false)).id();
	}

	private void account(String username, String role, Long personId) {
		accounts.create(new AccountDirectory.AccountRequest(username, username, PASSWORD, List.of(role), personId,
				true), "test", false);
	}

}
