package org.onegrid.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A command room's staffing rule as the 长河 plan states it: each working day from 8:00 to 17:00 at least two of the
 * urban-management squad's people on duty, one of them qualified to enforce. The check counts only the squad's
 * people whose shift covers the whole slot and whose qualification is valid that day; it skips rest days; a rule
 * that cannot hold is refused field by field and changes nothing; only those who manage the unit's roster set its
 * rules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingIntegrationTests {

	private static final String RULE = """
			{"unitCode":"st-room","departmentCode":"urban-management","start":"08:00","end":"17:00",
			 "workingDaysOnly":true,"minimumStaff":2,"qualification":"enforcement","minimumQualified":1}""";

	@Autowired
	TestApi api;

	long qualified;

	long unqualified;

	long secondUnqualified;

	long expiring;

	long market;

	@BeforeAll
	void aCommandRoomWithTheSquadsPeopleOnItsRoster() {
		TestStaff.unitWith(api, "st-room", "CENTRE", null, null, null, "shift-leader", "handler");
		TestStaff.unitWith(api, "st-other", "CENTRE", null, null, null, "shift-leader");
		qualified = person("城管·甲", "urban-management");
		unqualified = person("城管·乙", "urban-management");
		secondUnqualified = person("城管·丙", "urban-management");
		expiring = person("城管·丁", "urban-management");
		market = person("市场监管·戊", "market-supervision");
		ok(api.put("/api/v1/people/" + qualified + "/qualifications", "[{\"code\":\"enforcement\"}]"), 200);
		ok(api.put("/api/v1/people/" + expiring + "/qualifications",
				"[{\"code\":\"enforcement\",\"validUntil\":\"2026-12-09\"}]"), 200);
		ok(api.put("/api/v1/people/" + market + "/qualifications", "[{\"code\":\"enforcement\"}]"), 200);
		assertThat(ok(api.put("/api/v1/staffing-rules/st-enforcement", RULE), 201).path("minimumQualified").asInt())
			.isEqualTo(1);
		ok(api.put("/api/v1/staffing-rules/st-enforcement", RULE), 200);
		shift(qualified, "2026-12-07", "08:00", "17:00");
		shift(unqualified, "2026-12-07", "08:00", "17:00");
		shift(market, "2026-12-08", "08:00", "17:00");
		shift(unqualified, "2026-12-08", "08:00", "17:00");
		shift(secondUnqualified, "2026-12-08", "07:30", "18:00");
		for (String day : List.of("2026-12-09", "2026-12-10")) {
			shift(unqualified, day, "08:00", "17:00");
			shift(expiring, day, "08:00", "17:00");
		}
		shift(qualified, "2026-12-11", "08:00", "12:00");
		shift(unqualified, "2026-12-11", "08:00", "17:00");
	}

	@Test
	void showsAPersonsQualificationsWhenReadingThem() {
		JsonNode person = ok(api.get("/api/v1/people/" + expiring), 200);
		assertThat(person.path("qualifications").get(0).path("code").asString()).isEqualTo("enforcement");
		assertThat(person.path("qualifications").get(0).path("validUntil").asString()).isEqualTo("2026-12-09");
		assertThat(ok(api.get("/api/v1/people?unit=st-room&department=urban-management"), 200)
			.findValuesAsString("code")).containsOnly("enforcement").hasSize(2);
	}

	@Test
	void meetsTheRuleOnAWorkingDayWithTwoOnDutyOneOfThemQualified() {
		Map<String, JsonNode> days = days("2026-12-07", "2026-12-07");
		JsonNode monday = days.get("2026-12-07");
		assertThat(monday.path("met").asBoolean()).as(monday.toString()).isTrue();
		assertThat(monday.path("staff").asInt()).isEqualTo(2);
		assertThat(monday.path("qualified").asInt()).isEqualTo(1);
		assertThat(monday.path("reason").isNull()).isTrue();
		assertThat(monday.path("shifts").findValuesAsString("personName")).containsExactlyInAnyOrder("城管·甲", "城管·乙");
	}

	@Test
	void skipsRestDaysForARuleOfWorkingDaysOnly() {
		assertThat(days("2026-12-05", "2026-12-07").keySet()).containsExactly("2026-12-07");
		assertThat(days("2026-12-05", "2026-12-06")).isEmpty();
	}

	@Test
	void fallsShortOnADayWithOnlyUnqualifiedStaffOfTheDepartment() {
		JsonNode tuesday = days("2026-12-08", "2026-12-08").get("2026-12-08");
		assertThat(tuesday.path("met").asBoolean()).isFalse();
		assertThat(tuesday.path("staff").asInt()).as("the market office's qualified officer does not count").isEqualTo(2);
		assertThat(tuesday.path("qualified").asInt()).isZero();
		assertThat(tuesday.path("reason").asString()).startsWith("2 人在岗, 需至少 2 人; 具有 enforcement 资格 0 人, 需至少 1 人");
	}

	@Test
	void countsAQualificationThroughItsLastDayAndNotAfter() {
		Map<String, JsonNode> days = days("2026-12-09", "2026-12-11");
		assertThat(days.get("2026-12-09").path("met").asBoolean()).isTrue();
		assertThat(days.get("2026-12-10").path("met").asBoolean()).isFalse();
		assertThat(days.get("2026-12-10").path("qualified").asInt()).isZero();
		assertThat(days.get("2026-12-11").path("staff").asInt()).as("a morning shift does not cover the slot")
			.isEqualTo(1);
		assertThat(days.get("2026-12-11").path("reason").asString()).contains("1 人在岗, 需至少 2 人");
	}

	@Test
	void refusesARuleThatCannotHoldAndChangesNothing() {
		String before = ok(api.get("/api/v1/staffing-rules/st-enforcement"), 200).toString();
		assertThat(fields(api.put("/api/v1/staffing-rules/st-enforcement",
				RULE.replace("\"st-room\"", "\"st-nowhere\"")))).containsExactly("unitCode");
		assertThat(fields(api.put("/api/v1/staffing-rules/st-enforcement",
				RULE.replace("\"17:00\"", "\"07:00\"")))).containsExactly("end");
		assertThat(fields(api.put("/api/v1/staffing-rules/st-enforcement",
				RULE.replace("\"minimumQualified\":1", "\"minimumQualified\":3")))).containsExactly("minimumQualified");
		assertThat(fields(api.put("/api/v1/staffing-rules/st-new", "{\"minimumStaff\":0}")))
			.containsExactly("unitCode", "start", "minimumStaff");
		assertThat(ok(api.get("/api/v1/staffing-rules/st-enforcement"), 200).toString()).isEqualTo(before);
		assertThat(api.get("/api/v1/staffing-rules/st-new").status()).isEqualTo(404);
	}

	@Test
	void refusesABadRangeOrBadQualificationsAndChangesNothing() {
		String shortfalls = "/api/v1/staffing-rules/shortfalls";
		assertThat(fields(api.get(shortfalls + "?from=2026-12-08&to=2026-12-07"))).containsExactly("to");
		assertThat(fields(api.get(shortfalls + "?from=2026-01-01&to=2026-12-31"))).containsExactly("to");
		assertThat(fields(api.get(shortfalls + "?to=2026-12-31"))).containsExactly("from");
		assertThat(api.get(shortfalls + "?from=2026-13-01&to=2026-12-31").status()).isEqualTo(400);
		assertThat(fields(api.get(shortfalls + "?from=-999999999-01-01&to=2026-12-31"))).containsExactly("from");
		String person = ok(api.get("/api/v1/people/" + expiring), 200).toString();
		assertThat(fields(api.put("/api/v1/people/" + expiring + "/qualifications",
				"[{\"code\":\"enforcement\"},{\"code\":\"enforcement\"},{\"code\":\"Bad Code\"}]")))
			.containsExactly("[1].code", "[2].code");
		assertThat(ok(api.get("/api/v1/people/" + expiring), 200).toString()).isEqualTo(person);
	}

	@Test
	void onlyThoseWhoManageTheUnitsRosterSetItsRules() {
		TestApi handler = api.as("handler-st-room", TestStaff.PASSWORD);
		assertThat(handler.put("/api/v1/staffing-rules/st-enforcement", RULE).status()).isEqualTo(403);
		assertThat(handler.get("/api/v1/staffing-rules/shortfalls?from=2026-12-07&to=2026-12-07").status())
			.isEqualTo(403);
		TestApi stranger = api.as("shift-leader-st-other", TestStaff.PASSWORD);
		assertThat(stranger.put("/api/v1/staffing-rules/st-enforcement", RULE).status()).isEqualTo(403);
		assertThat(stranger.put("/api/v1/staffing-rules/st-mine", RULE).status()).isEqualTo(403);
		assertThat(stranger.delete("/api/v1/staffing-rules/st-enforcement").status()).isEqualTo(403);
		assertThat(ok(stranger.get("/api/v1/staffing-rules"), 200).findValuesAsString("code"))
			.doesNotContain("st-enforcement");
		assertThat(ok(stranger.get("/api/v1/staffing-rules/shortfalls?from=2026-12-07&to=2026-12-07"), 200)
			.findValuesAsString("ruleCode")).doesNotContain("st-enforcement");
		TestApi leader = api.as("shift-leader-st-room", TestStaff.PASSWORD);
		assertThat(leader.put("/api/v1/people/" + unqualified + "/qualifications", "[]").status()).isEqualTo(403);
		assertThat(leader.put("/api/v1/staffing-rules/st-enforcement", RULE).status()).isEqualTo(200);
		assertThat(ok(leader.get("/api/v1/staffing-rules"), 200).findValuesAsString("code"))
			.contains("st-enforcement");
		assertThat(api.get("/api/v1/staffing-rules/st-enforcement").body().path("unitCode").asString())
			.isEqualTo("st-room");
	}

	private Map<String, JsonNode> days(String from, String to) {
		Map<String, JsonNode> days = new LinkedHashMap<>();
		ok(api.get("/api/v1/staffing-rules/shortfalls?from=" + from + "&to=" + to), 200).forEach(day -> {
			if (day.path("ruleCode").asString().equals("st-enforcement")) {
				days.put(day.path("date").asString(), day);
			}
		});
		return days;
	}

	private long person(String name, String department) {
		return ok(api.post("/api/v1/people", """
				{"name":"%s","unitCode":"st-room","departmentCode":"%s","roles":["handler"]}"""
			.formatted(name, department)), 201).path("id").asLong();
	}

	private void shift(long person, String day, String start, String end) {
		ok(api.post("/api/v1/units/st-room/roster/shifts", """
				{"personId":%d,"duty":"handler","startsAt":"%s","endsAt":"%s"}"""
			.formatted(person, shanghai(day, start), shanghai(day, end))), 201);
	}

	private static String shanghai(String day, String time) {
		return java.time.LocalDateTime.parse(day + "T" + time).atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant().toString();
	}

	private static List<String> fields(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}

	private static JsonNode ok(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		return response.body();
	}
}
