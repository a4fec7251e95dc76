package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bad reports and bad action fields are refused as problem+json listing every bad field, and write nothing.
 */
@IntegrationTest
class CaseBadInputIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	long before;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-04T10:00");
		before = cases.total("");
	}

	@AfterEach
	void checkNothingWasWrittenAndResetClock() {
		clock.reset();
		assertThat(cases.total("")).as("cases after a refused request").isEqualTo(before);
	}

	@Test
	void refusesAnUnknownCategory() {
		assertThat(errors(api.post("/api/v1/cases", reportOf("PATROL", "COMPONENT", "0999", LON, LAT, "")), 400))
			.containsExactly("minorCode:UNKNOWN_CATEGORY");
		assertThat(errors(api.post("/api/v1/cases", reportOf("PATROL", "COMPONENT", "2O1", LON, LAT, "")), 400))
			.containsExactly("minorCode:PATTERN");
	}

	@Test
	void refusesAFieldTheRequestDoesNotHaveRatherThanDroppingIt() {
		assertThat(errors(api.post("/api/v1/cases", reportOf("PATROL", "COMPONENT", "0201", LON, LAT,
				"\"descripton\":\"拼错的字段 / misspelt\"")), 400)).containsExactly("descripton:UNKNOWN_FIELD");
		long id = cases.filed("");
		before = cases.total("");
		JsonNode filed = cases.get(id);
		assertThat(errors(cases.act(id, "dispatch", "{\"version\":" + filed.path("version").asInt()
				+ ",\"department\":\"urban-management\",\"nots\":\"x\"}"), 400))
			.containsExactly("nots:UNKNOWN_FIELD");
		assertThat(cases.get(id).path("version").asInt()).isEqualTo(filed.path("version").asInt());
	}

	@Test
	void refusesAPointOutsideEveryGridWith422() {
		assertThat(errors(api.post("/api/v1/cases", reportOf("PATROL", "COMPONENT", "0201", -150, -60, "")), 422))
			.containsExactly("lon:OUTSIDE_EVERY_GRID");
	}

	@Test
	void listsEveryMissingFieldButTheChannelWhichIsTheCallersOwnWhenAbsent() {
		assertThat(errors(api.post("/api/v1/cases", "{}"), 400)).contains("kind:REQUIRED", "minorCode:PATTERN",
				"description:REQUIRED", "lon:REQUIRED", "lat:REQUIRED").doesNotContain("channel:REQUIRED");
	}

	@Test
	void refusesADescriptionOver4000Characters() {
		String report = reportOf("PATROL", "COMPONENT", "0201", LON, LAT, "")
			.replace("测试案件 / Test case", "长".repeat(4001));
		assertThat(errors(api.post("/api/v1/cases", report), 400)).containsExactly("description:SIZE");
	}

	@Test
	void refusesUnknownEnumValuesAndCoordinatesOutOfRange() {
		String report = reportOf("FAX", "PLANT", "0201", 181, -91,
				"\"urgency\":\"SOON\",\"tier\":\"HUGE\",\"areaClass\":\"Z\",\"crs\":\"osgb36\"");
		assertThat(errors(api.post("/api/v1/cases", report), 400)).containsExactlyInAnyOrder("channel:UNKNOWN",
				"kind:UNKNOWN", "urgency:UNKNOWN", "tier:UNKNOWN", "areaClass:UNKNOWN", "crs:UNKNOWN",
				"lon:OUT_OF_RANGE", "lat:OUT_OF_RANGE");
	}

	@Test
	void refusesMalformedJson() {
		assertThat(errors(api.post("/api/v1/cases", "{\"channel\":\"PATROL\","), 400)).containsExactly("body:UNREADABLE");
		assertThat(errors(api.post("/api/v1/cases", "{\"lon\":\"east\"}"), 400)).containsExactly("lon:UNREADABLE");
	}

	@Test
	void refusesBadActionFieldsAndLeavesTheCaseAsItWas() {
		long id = cases.filed("");
		before = cases.total("");
		JsonNode filed = cases.get(id);
		assertThat(errors(cases.act(id, "dispatch", "{\"department\":\"Municipal Works\"}"), 400))
			.containsExactly("department:PATTERN");
		assertThat(errors(cases.attempt(id, "dispatch", "\"assistingDepartments\":[\"\"],\"version\":0"), 400))
			.containsExactlyInAnyOrder("assistingDepartments[0]:REQUIRED", "version:OUT_OF_RANGE");
		assertThat(errors(cases.attempt(id, "evaluate", "\"satisfaction\":\"MEH\""), 400))
			.containsExactly("satisfaction:UNKNOWN");
		assertThat(errors(cases.act(id, "dispatch", "[1,2]"), 400)).containsExactly("body:UNREADABLE");
		JsonNode after = cases.get(id);
		assertThat(after.path("version").asInt()).isEqualTo(filed.path("version").asInt());
		assertThat(after.path("timeline")).hasSize(filed.path("timeline").size());
	}
}
