package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.profile.DistrictProfileRun.CasePath;

/**
 * The shipped profile of 中山街道 (松江区): its dry run is clean; loaded into an empty OneGrid it gives the street
 * its four-level grid with the plan's 26 小网格 and 125 微网格 and its day and night command; one case per tier (the
 * 微网格 settles 轻微 matters itself) goes from a 网格员's report to its close through the street's own departments;
 * its export loads back unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZhongshanProfileIntegrationTests {

	private static DistrictProfileRun zhongshan;

	@BeforeAll
	static void start() {
		zhongshan = DistrictProfileRun.start("zhongshan");
	}

	@AfterAll
	static void stop() {
		zhongshan.close();
	}

	@Test
	@Order(1)
	void aDryRunReportsNoErrors() {
		zhongshan.dryRunHasNoErrors("create layer ops", "create unit zhongshan-ops", "create department autonomy-office",
				"create platform joint-duty", "create minorClass EVENT 7106", "create rule EVENT 7102 in ops",
				"create teamTemplate ops/小网格", "create account zhongshan.beat1");
	}

	@Test
	@Order(2)
	void loadsTheFourLevelGridAndTheDayAndNightCommand() {
		assertThat(zhongshan.load("zhongshan.", "songjiang.")).as("nothing of the plan left unsupported").isEmpty();
		var grids = zhongshan.onegrid.get("/api/v1/layers/ops/grids").body();
		assertThat(grids.findValuesAsString("levelName")).filteredOn("小网格"::equals).hasSize(26);
		assertThat(grids.findValuesAsString("levelName")).filteredOn("微网格"::equals).hasSize(125);
		var day = zhongshan.onegrid.get("/api/v1/units/zhongshan-ops/on-duty?at=2026-05-02T04:00:00Z").body();
		var night = zhongshan.onegrid.get("/api/v1/units/zhongshan-ops/on-duty?at=2026-05-02T15:00:00Z").body();
		assertThat(day.toString()).contains("罗三").doesNotContain("梁四");
		assertThat(night.toString()).contains("梁四").doesNotContain("罗三");
	}

	@Test
	@Order(3)
	void walksOneCasePerTierThroughTheStreetsDepartments() {
		zhongshan.walk(new CasePath("MINOR", "7101", 121.2, 30.982667, "zhongshan.worker1", "zhongshan.intake",
				"zhongshan.dispatch", null, "zhongshan.safety", "zhongshan.chief1", "310117004102001", 5));
		zhongshan.walk(new CasePath("GENERAL", "7101", 121.2, 30.982667, "zhongshan.worker1", "zhongshan.intake",
				"zhongshan.dispatch", null, "zhongshan.safety", "zhongshan.chief1", "310117004102", 5));
		zhongshan.walk(new CasePath("SERIOUS", "7102", 121.2, 30.982667, "zhongshan.worker1", "zhongshan.intake",
				"zhongshan.dispatch", null, "zhongshan.beat1", "zhongshan.chief1", "310117004100", 5));
		zhongshan.walk(new CasePath("MAJOR", "7103", 121.2, 30.982667, "zhongshan.worker1", "zhongshan.intake",
				"zhongshan.dispatch", "district-agencies", "songjiang.agency", "zhongshan.chief1", "310117000000", 5));
	}

	@Test
	@Order(4)
	void aNonPoliceCallDivertedFrom110BecomesACaseAndGoesBackTo110AsAPoliceMatter() {
		var onegrid = zhongshan.onegrid;
		assertThat(onegrid.get("/api/v1/hotline/sources").body().findValuesAsString("code")).contains("110", "12345");
		var ticket = onegrid.post("/api/v1/hotline/110/tickets", """
				{"ticketNo":"ZS-110-1","incidentNo":"J-ZS-1","category":"非警务类警情","address":"中山街道示例路 1 号",
				 "content":"楼道堆物堵塞 / Things piled in a stairwell","reportedAt":"%s","lon":121.2,"lat":30.982667}"""
			.formatted(onegrid.clock.instant().minusSeconds(600)));
		assertThat(ticket.status()).as(ticket.body().toString()).isEqualTo(201);
		assertThat(ticket.body().path("status").asString()).isEqualTo("CASED");
		long caseId = ticket.body().path("caseId").asLong();
		var cased = onegrid.get("/api/v1/cases/" + caseId).body();
		assertThat(cased.path("channel").asString()).isEqualTo("POLICE_110");
		assertThat(cased.path("minorCode").asString()).isEqualTo("7102");

		var handedBack = onegrid.post("/api/v1/cases/" + caseId + "/actions/hand-back",
				"{\"reason\":\"涉及治安, 退回110 / A police matter\"}");
		assertThat(handedBack.status()).as(handedBack.body().toString()).isEqualTo(200);
		assertThat(handedBack.body().path("state").asString()).isEqualTo("VOIDED");
	}

	@Test
	@Order(5)
	void theMarketOfficesGroupsTakeTheMattersOfTheirCategoriesAndTheOfficeActsForBoth() {
		var onegrid = zhongshan.onegrid;
		long dispute = filed("7105");
		var sent = zhongshan.as("zhongshan.dispatch").post("/api/v1/cases/" + dispute + "/actions/dispatch", "{}");
		assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
		assertThat(sent.body().path("assignment").path("lead").asString()).isEqualTo("market-supervision-group");
		assertThat(sent.body().path("assignment").path("assisting").toString()).contains("market-consumer-group");
		assertThat(allowed("zhongshan.market-supervision-group", dispute)).contains("sign");
		assertThat(allowed("zhongshan.market", dispute)).contains("sign");
		assertThat(allowed("zhongshan.market-consumer-group", dispute)).doesNotContain("sign");
		assertThat(allowed("zhongshan.enforce", dispute)).doesNotContain("sign");
		assertThat(zhongshan.as("zhongshan.market-supervision-group")
			.post("/api/v1/cases/" + dispute + "/actions/sign", "{}").status()).isEqualTo(200);
		assertThat(allowed("zhongshan.market-consumer-group", dispute)).contains("assist-feedback");
		assertThat(allowed("zhongshan.market", dispute)).contains("feedback");

		long food = filed("7104");
		var office = zhongshan.as("zhongshan.dispatch").post("/api/v1/cases/" + food + "/actions/dispatch", "{}");
		assertThat(office.body().path("assignment").path("lead").asString()).isEqualTo("market-supervision");
		assertThat(allowed("zhongshan.market-supervision-group", food)).doesNotContain("sign");
		assertThat(onegrid.get("/api/v1/departments/market-supervision-group").body().path("parentCode").asString())
			.isEqualTo("market-supervision");
	}

	private long filed(String minorCode) {
		var reported = zhongshan.as("zhongshan.worker1").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"%s","description":"市场事项 %s","lon":121.2,"lat":30.982667}"""
			.formatted(minorCode, minorCode));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		long id = reported.body().path("id").asLong();
		var intake = zhongshan.as("zhongshan.intake");
		assertThat(intake.post("/api/v1/cases/" + id + "/actions/accept", "{}").status()).isEqualTo(200);
		assertThat(intake.post("/api/v1/cases/" + id + "/actions/file", "{\"conditionMet\":true,\"tier\":\"GENERAL\"}")
			.status()).isEqualTo(200);
		return id;
	}

	private String allowed(String username, long caseId) {
		return zhongshan.as(username).get("/api/v1/cases/" + caseId).body().path("allowedActions").toString();
	}

	@Test
	@Order(6)
	void itsExportLoadsBackWithoutAChange() {
		zhongshan.exportReloadsWithoutAChange();
	}
}
