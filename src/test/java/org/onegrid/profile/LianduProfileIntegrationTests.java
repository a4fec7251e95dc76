package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.meeting.GridMeetings;
import org.onegrid.meeting.MeetingRules;
import org.onegrid.profile.DistrictProfileRun.CasePath;
import tools.jackson.databind.JsonNode;

/**
 * The shipped profile of 丽水's city-management grids (莲都区 and the 开发区): its dry run is clean; loaded into an
 * empty OneGrid it gives 莲都 its 207 grids and the 开发区 its 66, and the "1+1+1+5+X" team with its 指导员; one
 * case per tier goes from the 专职网格员's report through the trade that handles it, checked by the 指导员, to its
 * close; its grid workers are held to two patrol days a week; each grid sits once for its 网格工作例会, which its
 * 网格长 may also call out of turn, with that grid's stuck cases on the agenda; its workers' scorecard binds 30 of
 * their points to their grids' scores and weighs the 指导员's offline part; its export loads back unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LianduProfileIntegrationTests {

	private static final double LON = 119.8055;

	private static final double LAT = 28.3828;

	private static DistrictProfileRun liandu;

	private static long nextGrid;

	@BeforeAll
	static void start() {
		liandu = DistrictProfileRun.start("liandu");
	}

	@AfterAll
	static void stop() {
		liandu.close();
	}

	@Test
	@Order(1)
	void aDryRunReportsNoErrors() {
		liandu.dryRunHasNoErrors("create layer ops", "create department creation-office",
				"create platform city-coordination", "create minorClass EVENT 7207", "create rule EVENT 7203 in ops",
				"create teamTemplate ops/网格", "create account yanquan.instructor", "update scorecard GRID",
				"update scorecard WORKER", "create meeting grid-work-meeting");
	}

	@Test
	@Order(2)
	void loadsTheGridsOfLianduAndTheDevelopmentZone() {
		assertThat(liandu.load("lishui.", "yanquan.")).as("nothing of the plan left unsupported").isEmpty();
		var grids = liandu.onegrid.get("/api/v1/layers/ops/grids").body();
		assertThat(grids.findValuesAsString("code")).filteredOn(code -> code.matches("331102\\d{9}")).hasSize(207);
		assertThat(grids.findValuesAsString("code")).filteredOn(code -> code.matches("331171\\d{9}")).hasSize(66);
		var card = liandu.onegrid.get("/api/v1/assessment/scorecards/worker").body();
		assertThat(card.path("items").findValuesAsString("indicator")).containsExactlyInAnyOrder("attendanceRate",
				"missedRate", "patrolMinimumRate", "offlineRate");
		assertThat(card.path("bundle").path("objectType").asString()).isEqualTo("GRID");
		assertThat(card.path("bundle").path("weight").decimalValue()).isEqualByComparingTo("30");
		var departments = liandu.onegrid.get("/api/v1/assessment/scorecards/department").body();
		assertThat(departments.path("items").findValuesAsString("indicator")).contains("cooperationRate");
	}

	@Test
	@Order(3)
	void walksOneCasePerTierThroughTheTradesAndTheInstructorsCheck() {
		liandu.walk(new CasePath("GENERAL", "7201", LON, LAT, "yanquan.worker", "lishui.intake", "lishui.dispatch",
				null, "yanquan.enforcer", "yanquan.instructor", "331102001001", 5));
		liandu.walk(new CasePath("SERIOUS", "7203", LON, LAT, "yanquan.worker", "lishui.intake", "lishui.dispatch",
				null, "lishui.gardens", "yanquan.instructor", "331102001000", 5));
		liandu.walk(new CasePath("MAJOR", "7202", LON, LAT, "yanquan.worker", "lishui.intake", "lishui.dispatch",
				"liandu-government", "lishui.district", "yanquan.chief", "331102000000", 5));
	}

	@Test
	@Order(4)
	void eachGridWorkerPatrolsOnAtLeastTwoDaysAWeek() {
		assertThat(liandu.onegrid.get("/api/v1/patrol-rules").body().findValuesAsString("code")).containsExactly(
				"liandu-full-time-patrol", "liandu-optional-patrol", "liandu-specialist-patrol");
		var weeks = liandu.onegrid.get("/api/v1/patrol-rules/shortfalls").body();
		assertThat(weeks.findValuesAsString("name")).contains("虚构·胡格", "虚构·朱执", "虚构·马志")
			.doesNotContain("虚构·张三");
		assertThat(weeks.findValues("minimumDaysPerWeek")).allMatch(days -> days.asInt() == 2);
		var rules = Bundle.fromZip(liandu.onegrid.getBytes("/api/v1/profiles/liandu/export")).get("rules.yaml");
		assertThat(rules).contains("patrol:", "liandu-full-time-patrol", "minimumDaysPerWeek: 2",
				"网格员每周到网格开展巡查工作不少于2日");
	}

	@Test
	@Order(5)
	void aComplexMatterGoesToTheLeadBureauWithItsPartnerUnitsAssisting() {
		var reported = liandu.as("yanquan.worker").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7202","description":"复合型问题 / A complex matter",
				"lon":%s,"lat":%s}""".formatted(LON, LAT));
		String uri = "/api/v1/cases/" + reported.body().path("id").asLong() + "/actions/";
		act("lishui.intake", uri + "accept", "{}");
		act("lishui.intake", uri + "file", "{\"conditionMet\":true,\"tier\":\"MAJOR\"}");
		var dispatched = act("lishui.dispatch", uri + "dispatch", """
				{"department":"city-coordination","assistingDepartments":["police-station","liandu-government"]}""");
		assertThat(dispatched.path("assignment").path("lead").asString()).isEqualTo("city-coordination");
		act("lishui.enforce", uri + "sign", "{}");
		assertThat(liandu.as("lishui.enforce").post(uri + "feedback", "{\"note\":\"牵头 / Led\"}").status())
			.as("the lead waits for its partners").isEqualTo(409);
		act("lishui.police", uri + "assist-feedback", "{\"department\":\"police-station\",\"note\":\"协同 / Done\"}");
		act("lishui.district", uri + "assist-feedback",
				"{\"department\":\"liandu-government\",\"note\":\"协同 / Done\"}");
		var handled = act("lishui.enforce", uri + "feedback", "{\"note\":\"牵头办结 / Done\"}");
		assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
	}

	private static JsonNode act(String username, String uri, String body) {
		var answer = liandu.as(username).post(uri, body);
		assertThat(answer.status()).as(username + " " + uri + " " + answer.body()).isEqualTo(200);
		return answer.body();
	}

	@Test
	@Order(6)
	void aGridWorkersReportThroughILishuiBecomesACaseOnThatChannel() {
		var onegrid = liandu.onegrid;
		assertThat(onegrid.get("/api/v1/hotline/sources").body().findValuesAsString("code"))
			.contains("i-lishui", "smart-enforcement");
		var ticket = onegrid.post("/api/v1/hotline/i-lishui/tickets", """
				{"ticketNo":"ILS-1","category":"占道经营","address":"岩泉街道示例路 1 号",
				 "content":"店外经营占道 / Trading on the pavement","reportedAt":"%s","lon":%s,"lat":%s}"""
			.formatted(onegrid.clock.instant().minusSeconds(600), LON, LAT));
		assertThat(ticket.status()).as(ticket.body().toString()).isEqualTo(201);
		assertThat(ticket.body().path("status").asString()).isEqualTo("CASED");
		var cased = onegrid.get("/api/v1/cases/" + ticket.body().path("caseId").asLong()).body();
		assertThat(cased.path("channelCode").asString()).isEqualTo("I_LISHUI");
		assertThat(cased.path("channel").asString()).isEqualTo("PATROL");
		assertThat(cased.path("minorCode").asString()).isEqualTo("7201");
	}

	@Test
	@Order(7)
	void aGridChiefCallsTheGridsWorkMeetingWithItsOwnStuckCaseAndNotItsNeighbours() {
		assertThat(liandu.onegrid.get("/api/v1/layers/ops/levels/网格/meeting-rules").body()
			.findValuesAsString("code")).containsExactly("grid-work-meeting");
		long here = supervised(LAT);
		nextGrid = supervised(LAT + 0.0056);
		var chief = liandu.as("yanquan.chief");
		var called = chief.post("/api/v1/layers/ops/grids/331102001001001/meetings", "{\"rule\":\"grid-work-meeting\"}");
		assertThat(called.status()).as(called.body().toString()).isEqualTo(201);
		assertThat(called.body().path("title").asString()).isEqualTo("网格工作例会");
		assertThat(called.body().path("agenda").findValuesAsString("caseNo")).hasSize(1);
		assertThat(called.body().path("agenda").findValues("caseId")).extracting(JsonNode::asLong).containsExactly(here)
			.doesNotContain(nextGrid);
		assertThat(chief.post("/api/v1/layers/ops/grids/331102001002001/meetings",
				"{\"rule\":\"grid-work-meeting\"}").status()).isEqualTo(403);
	}

	@Test
	@Order(8)
	void onItsDayEveryGridSitsOnceWithItsOwnStuckCases() {
		var rule = liandu.onegrid.context.getBean(MeetingRules.class).find("grid-work-meeting").orElseThrow();
		var sittings = liandu.onegrid.context.getBean(GridMeetings.class);
		LocalDate day = LocalDate.of(2026, 5, 6);
		assertThat(sittings.callDue(rule, day)).isEqualTo(207 + 66);
		assertThat(sittings.callDue(rule, day)).isZero();
		var called = liandu.onegrid.get("/api/v1/layers/ops/grids/331102001001002/meetings").body();
		var sitting = called.findParents("calledBy").stream()
			.filter(m -> m.path("calledBy").asString().equals("rule:grid-work-meeting")).toList();
		assertThat(sitting).hasSize(1);
		assertThat(sitting.get(0).path("startsAt").asString()).isEqualTo("2026-05-06T07:00:00Z");
		assertThat(sitting.get(0).path("agenda").findValues("caseId")).extracting(JsonNode::asLong)
			.containsExactly(nextGrid);
	}

	private long supervised(double lat) {
		var reported = liandu.as("yanquan.worker").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7201","description":"网格例会 / Grid meeting",
				"lon":%s,"lat":%s}""".formatted(LON, lat));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		String uri = "/api/v1/cases/" + reported.body().path("id").asLong() + "/actions/";
		act("lishui.intake", uri + "accept", "{}");
		act("lishui.intake", uri + "file", "{\"conditionMet\":true,\"tier\":\"GENERAL\"}");
		act("lishui.dispatch", uri + "dispatch", "{}");
		act("lishui.leader", uri + "supervise", "{\"note\":\"请于三日内办结 / Within three days\"}");
		return reported.body().path("id").asLong();
	}

	@Test
	@Order(9)
	void itsExportLoadsBackWithoutAChange() {
		liandu.exportReloadsWithoutAChange();
	}
}
