package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.ModuleEvents;
import org.onegrid.cases.LightSweep;
import org.onegrid.profile.DistrictProfileRun.CasePath;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shipped profile of 仪征市: its dry run is clean; loaded into an empty OneGrid it gives the city its 市, 镇 and
 * 村 centres, its 网格管理队伍 posts and round-the-clock 12345 intake; one case per tier goes from the 网格员's
 * report through the 村, the town's joint enforcement or the city bureau to its close; the city centre supervises
 * overdue handling by its own rules and scores the towns, 村 and departments on its own scorecards; its export loads
 * back unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YizhengProfileIntegrationTests {

	private static final double LON = 119.075;

	private static final double LAT = 32.27;

	private static DistrictProfileRun yizheng;

	@BeforeAll
	static void start() {
		yizheng = DistrictProfileRun.start("yizheng");
	}

	@AfterAll
	static void stop() {
		yizheng.close();
	}

	@Test
	@Order(1)
	void aDryRunReportsNoErrors() {
		yizheng.dryRunHasNoErrors("create layer ops", "create role station-head", "create role grid-assistant",
				"create unit yizheng-centre", "create department town-enforcement", "create platform joint-enforcement",
				"create minorClass EVENT 7404", "create account yizheng.station", "create teamTemplate ops/村");
	}

	@Test
	@Order(2)
	void loadsTheCentresAndRoundTheClockIntake() {
		assertThat(yizheng.load("yizheng.")).as("nothing of the plan left unsupported").isEmpty();
		var stationTeam = yizheng.onegrid.get("/api/v1/team-templates/ops?level=村").body();
		assertThat(stationTeam.path("name").asString()).isEqualTo("村(社区)工作站");
		assertThat(stationTeam.path("slots").findValuesAsString("role")).containsExactly("station-head");
		assertThat(yizheng.onegrid.get("/api/v1/teams/ops/321081100001").body().findValuesAsString("role"))
			.containsExactly("station-head");
		var villages = yizheng.onegrid.get("/api/v1/team-templates/ops/completeness?level=村").body();
		assertThat(villages.path("checked").asInt()).isEqualTo(villages.path("incomplete").size() + 1);
		var night = yizheng.onegrid.get("/api/v1/units/yizheng-centre/on-duty?at=2026-05-02T15:00:00Z").body();
		assertThat(night.toString()).contains("孙二").doesNotContain("钱一");
		assertThat(yizheng.onegrid.get("/api/v1/units/yizheng-station-100001").status()).isEqualTo(200);
		assertThat(yizheng.onegrid.get("/api/v1/spot-check-rules").body().findValuesAsString("code"))
			.containsExactly("yizheng-daily", "yizheng-random");
	}

	@Test
	@Order(3)
	void walksOneCasePerTierThroughVillageTownAndCity() {
		yizheng.walk(new CasePath("GENERAL", "7402", LON, LAT, "yizheng.worker", "yizheng.intake", "yizheng.dispatch",
				null, "yizheng.police", "yizheng.station", "321081100001", 5));
		yizheng.walk(new CasePath("SERIOUS", "7404", LON, LAT, "yizheng.worker", "yizheng.intake", "yizheng.dispatch",
				"town-enforcement", "yizheng.town-enforcer", "yizheng.chief", "321081100000", 5));
		yizheng.walk(new CasePath("MAJOR", "7405", LON, LAT, "yizheng.worker", "yizheng.intake", "yizheng.dispatch",
				null, "yizheng.safety", "yizheng.chief", "321081000000", 5));
		var disputes = yizheng.onegrid.get("/api/v1/analysis/outlook?layer=ops&category=7402&months=12").body();
		assertThat(disputes.path("monthToDate").path("count").asInt()).as("社会矛盾's outlook counts its disputes")
			.isEqualTo(1);
		assertThat(disputes.path("months")).hasSize(12);
		assertThat(disputes.path("opinionTrend").path("direction").asString()).as("too few answers to tell")
			.isEqualTo("UNKNOWN");
	}

	@Test
	@Order(4)
	void theCityCentreSupervisesOverdueHandlingAndScoresTownsVillagesAndDepartments() {
		assertThat(yizheng.onegrid.get("/api/v1/supervision-rules").body().findValuesAsString("code"))
			.containsExactlyInAnyOrder("handling-urged", "handling-overdue", "dispatch-overdue");
		assertThat(yizheng.onegrid.get("/api/v1/assessment/scorecards/WORKER").body().findValuesAsString("indicator"))
			.containsExactlyInAnyOrder("spotCheckPassRate", "attendanceRate");
		var reported = yizheng.as("yizheng.worker").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7402","description":"督办 / supervised",
				"lon":%s,"lat":%s}""".formatted(LON, LAT));
		String uri = "/api/v1/cases/" + reported.body().path("id").asLong();
		assertThat(yizheng.as("yizheng.intake").post(uri + "/actions/accept", "{}").status()).isEqualTo(200);
		assertThat(yizheng.as("yizheng.intake").post(uri + "/actions/file",
				"{\"conditionMet\":true,\"tier\":\"GENERAL\"}").status()).isEqualTo(200);
		assertThat(yizheng.as("yizheng.dispatch").post(uri + "/actions/dispatch", "{}").status()).isEqualTo(200);

		yizheng.onegrid.clock.setShanghai("2026-05-20T10:00");
		try {
			yizheng.onegrid.context.getBean(LightSweep.class).sweep();
			ModuleEvents.awaitTakenIn(yizheng.onegrid.context.getBean(JdbcClient.class), "notification");
		}
		finally {
			yizheng.onegrid.clock.setShanghai("2026-04-30T10:00");
		}
		var notices = yizheng.onegrid.get(uri).body().path("notices");
		assertThat(notices.findValuesAsString("kind")).contains("SUPERVISE");
		assertThat(notices.findValuesAsString("note")).contains("处置已超期, 请即办理并反馈 (市中心督办) / Handling is overdue; "
				+ "act and report back");
	}

	@Test
	@Order(5)
	void takesCasesInOnTheDigitalCityManagementPlatformAsAChannelOfItsOwn() {
		var intake = yizheng.as("yizheng.intake");
		var missing = intake.post("/api/v1/cases", """
				{"channel":"DIGITAL_CITY","kind":"EVENT","minorCode":"7402","description":"数字化城管 / Digital city",
				"lon":%s,"lat":%s}""".formatted(LON, LAT));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().toString()).contains("channelDetails.ticketNo");
		var taken = intake.post("/api/v1/cases", """
				{"channel":"digital_city","channelDetails":{"ticketNo":"SZCG-2026-0001"},"kind":"EVENT",
				"minorCode":"7402","description":"数字化城管 / Digital city","lon":%s,"lat":%s}""".formatted(LON, LAT));
		assertThat(taken.status()).as(taken.body().toString()).isEqualTo(201);
		assertThat(taken.body().path("channelCode").asString()).isEqualTo("DIGITAL_CITY");
		assertThat(taken.body().path("channel").asString()).isEqualTo("PROVINCIAL_PLATFORM");
		var found = intake.get("/api/v1/cases?channel=DIGITAL_CITY").body();
		assertThat(found.path("items").findValuesAsString("channelCode")).containsOnly("DIGITAL_CITY").isNotEmpty();
		assertThat(yizheng.onegrid.get("/api/v1/channels/DIGITAL_CITY").body().path("nameZh").asString())
			.isEqualTo("数字化城管平台");
		assertThat(yizheng.onegrid.delete("/api/v1/channels/DIGITAL_CITY").status()).as("a case came in on it")
			.isEqualTo(409);
	}

	@Test
	@Order(6)
	void itsExportLoadsBackWithoutAChange() {
		String rules = Bundle.fromZip(yizheng.onegrid.getBytes("/api/v1/profiles/yizheng/export")).get("rules.yaml");
		assertThat(rules).contains("yizheng-daily", "09:00", "15:00", "yizheng-random", "randomChecksPerDay: 2",
				"sampleSize: 5");
		yizheng.exportReloadsWithoutAChange();
	}
}
