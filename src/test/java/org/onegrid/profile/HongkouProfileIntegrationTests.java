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
 * The shipped profile of 虹口区: its dry run is clean; loaded into an empty OneGrid it gives the district its
 * five-level grid "区-街-片-居-自" and the posts of the 片区 and the 居委会服务站; one case per tier goes from the
 * 网格联络员's report through the 居委, the street's 联合执勤队 or a district bureau to its close; a case on a road
 * section between two 居委, whether patrolled or called in on 12319, is the 片区's to coordinate; its export loads
 * back unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HongkouProfileIntegrationTests {

	private static final double LON = 121.475;

	private static final double LAT = 31.25625;

	private static DistrictProfileRun hongkou;

	@BeforeAll
	static void start() {
		hongkou = DistrictProfileRun.start("hongkou");
	}

	@AfterAll
	static void stop() {
		hongkou.close();
	}

	@Test
	@Order(1)
	void aDryRunReportsNoErrors() {
		hongkou.dryRunHasNoErrors("create layer ops", "create role area-grid-chief", "create role street-liaison",
				"create unit hongkou-subcentre", "create department street-offices", "create platform joint-patrol",
				"create minorClass EVENT 7306", "create account hongkou.liaison", "create teamTemplate ops/片区");
	}

	@Test
	@Order(2)
	void loadsTheFiveLevelGrid() {
		assertThat(hongkou.load("hongkou.")).isEmpty();
		var areaTeam = hongkou.onegrid.get("/api/v1/team-templates/ops?level=片区").body();
		assertThat(areaTeam.path("slots").findValuesAsString("role")).containsExactly("area-grid-chief");
		assertThat(hongkou.onegrid.get("/api/v1/team-templates?layer=ops").body().findValuesAsString("levelName"))
			.containsExactlyInAnyOrder("片区", "居委");
		assertThat(hongkou.onegrid.get("/api/v1/teams/ops/310109001100").body().findValuesAsString("role"))
			.containsExactly("area-grid-chief");
		var grids = hongkou.onegrid.get("/api/v1/layers/ops/grids").body();
		assertThat(grids.findValuesAsString("levelName")).containsOnly("区", "街道", "片区", "居委", "自治单元");
		assertThat(grids.findValuesAsString("levelName")).filteredOn("自治单元"::equals).hasSize(8);
	}

	@Test
	@Order(3)
	void walksOneCasePerTierThroughTheJuweiTheStreetAndTheDistrict() {
		hongkou.walk(new CasePath("GENERAL", "7303", LON, LAT, "hongkou.worker", "hongkou.intake", "hongkou.dispatch",
				null, "hongkou.beat", "hongkou.station", "310109001101", 5));
		hongkou.walk(new CasePath("SERIOUS", "7302", LON, LAT, "hongkou.worker", "hongkou.intake", "hongkou.dispatch",
				null, "hongkou.cityman", "hongkou.station", "310109001000", 5));
		hongkou.walk(new CasePath("MAJOR", "7304", LON, LAT, "hongkou.worker", "hongkou.intake", "hongkou.dispatch",
				null, "hongkou.housing", "hongkou.station", "310109000000", 5));
	}

	@Test
	@Order(4)
	void theDistrictsMonitorsAndTheStreetsTeamsReportAndCheckWithinTheirOwnUnit() {
		hongkou.walk(new CasePath("GENERAL", "7303", LON, LAT, "hongkou.monitor", "hongkou.intake", "hongkou.dispatch",
				null, "hongkou.beat", "hongkou.monitor", "310109001101", 5));
		hongkou.walk(new CasePath("GENERAL", "7303", LON, LAT, "hongkou.joint-duty", "hongkou.intake",
				"hongkou.dispatch", null, "hongkou.beat", "hongkou.patrol", "310109001101", 5));
		var elsewhere = hongkou.as("hongkou.monitor").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7303","description":"第2居委 / next 居委",
				"lon":121.505,"lat":31.256}""");
		assertThat(elsewhere.status()).as(elsewhere.body().toString()).isEqualTo(201);
		String uri = "/api/v1/cases/" + elsewhere.body().path("id").asLong();
		assertThat(hongkou.as("hongkou.patrol").get(uri).status()).isEqualTo(200);
		assertThat(hongkou.as("hongkou.joint-duty").get(uri).status()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void aCaseOnARoadSectionBetweenTwoJuweiIsHandledByItsPianqu() {
		var members = hongkou.onegrid.get("/api/v1/layers/ops/members").body();
		assertThat(members.path("features").findValuesAsString("kind")).containsExactly("road-section",
				"road-section", "unit", "shop");
		var onRoad = hongkou.as("hongkou.worker").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7303","description":"路段 / on the road section",
				"lon":121.4901,"lat":31.26}""");
		assertThat(onRoad.status()).as(onRoad.body().toString()).isEqualTo(201);
		assertThat(onRoad.body().path("member").path("code").asString()).isEqualTo("road-1-1");
		assertThat(onRoad.body().path("member").path("kind").asString()).isEqualTo("road-section");
		assertThat(onRoad.body().path("handlingGrid").asString()).isEqualTo("310109001100");
		assertThat(onRoad.body().path("gridTrails").get(0).path("grids").get(1).path("code").asString())
			.as("the point lies in the second 居委").isEqualTo("310109001102");
		var atTheShop = hongkou.as("hongkou.worker").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7303","description":"店面 / at the shop",
				"lon":121.5,"lat":31.27005}""");
		assertThat(atTheShop.body().path("member").path("contact").asString()).contains("店面长");
		assertThat(atTheShop.body().path("handlingGrid").asString()).as("a shop is no coordinated member")
			.isEqualTo("310109001102");
		hongkou.walk(new CasePath("GENERAL", "7303", 121.4901, 31.26, "hongkou.worker", "hongkou.intake",
				"hongkou.dispatch", null, "hongkou.beat", "hongkou.area-chief", "310109001100", 5));
	}

	@Test
	@Order(6)
	void a12319TicketOnTheRoadSectionGoesToItsPianquAndAnUnmappedOneWaitsForTriage() {
		var onegrid = hongkou.onegrid;
		assertThat(onegrid.get("/api/v1/hotline/sources").body().findValuesAsString("code"))
			.contains("12345", "12319", "police-platform");
		assertThat(onegrid.get("/api/v1/hotline/sources/110").body().path("withdrawnAt").isNull())
			.as("110 is kept out of the merge").isFalse();
		assertThat(onegrid.get("/api/v1/hotline/sources/provincial").body().path("withdrawnAt").isNull()).isFalse();
		assertThat(onegrid.get("/api/v1/hotline/sources/12345").body().path("withdrawnAt").isNull()).isTrue();
		var to110 = onegrid.post("/api/v1/hotline/110/tickets", """
				{"ticketNo":"HK-110-1","category":"噪音","content":"噪音扰民 / Noise","reportedAt":"%s",
				 "lon":121.4899,"lat":31.265,"incidentNo":"J-1"}""".formatted(onegrid.clock.instant().minusSeconds(60)));
		assertThat(to110.status()).as(to110.body().toString()).isEqualTo(409);
		var ticket = onegrid.post("/api/v1/hotline/12319/tickets", """
				{"ticketNo":"HK-12319-1","category":"市容环境","address":"示例路 8 号门前",
				 "content":"人行道破损 / A broken pavement","reportedAt":"%s","lon":121.4899,"lat":31.265}"""
			.formatted(onegrid.clock.instant().minusSeconds(600)));
		assertThat(ticket.status()).as(ticket.body().toString()).isEqualTo(201);
		assertThat(ticket.body().path("status").asString()).isEqualTo("CASED");
		var cased = onegrid.get("/api/v1/cases/" + ticket.body().path("caseId").asLong()).body();
		assertThat(cased.path("channel").asString()).isEqualTo("HOTLINE_12319");
		assertThat(cased.path("minorCode").asString()).isEqualTo("7301");
		assertThat(cased.path("member").path("code").asString()).isEqualTo("road-1-1");
		assertThat(cased.path("handlingGrid").asString()).isEqualTo("310109001100");
		var unmapped = onegrid.post("/api/v1/hotline/12319/tickets", """
				{"ticketNo":"HK-12319-2","category":"其他","content":"未归类 / Unclassified","reportedAt":"%s",
				 "lon":121.4899,"lat":31.265}""".formatted(onegrid.clock.instant().minusSeconds(300)));
		assertThat(unmapped.body().path("status").asString()).as(unmapped.body().toString()).isEqualTo("TRIAGE");
	}

	@Test
	@Order(7)
	void itsExportLoadsBackWithoutAChange() {
		hongkou.exportReloadsWithoutAChange();
	}
}
