package org.onegrid.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestLayers;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.cases.CaseFixtures;
import org.onegrid.cases.LightSweep;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A district's meetings: a standing 会商 sits on its working day, once, with the stuck cases of its unit's area on
 * its agenda; out of turn only its caller roles may call it; its decisions become case actions taken with the
 * convener's rights, and its minutes mark it held; bad rules and requests are refused field by field.
 */
@IntegrationTest
class MeetingIntegrationTests {

	private static final String UNIT = "meeting-s91";

	private static final String RULES = "/api/v1/units/" + UNIT + "/meeting-rules";

	private static final String MEETINGS = "/api/v1/units/" + UNIT + "/meetings";

	private static final String MONTHLY = """
			{"kind":"CONSULTATION","name":"每月集体会商","cadence":"MONTHLY","workingDay":1,"at":"09:00",
			 "lengthMinutes":120,"callerRoles":["leader"],"agenda":["OVERDUE","SUPERVISED"]}""";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep lights;

	@Autowired
	MeetingSchedule schedule;

	@BeforeEach
	void setUp() {
		new CaseFixtures(api);
		TestLayers.oneGrid(api, "mtg", "会商测试网格", "街道", "MT1", "会商街道", 40.4);
		TestStaff.unitWith(api, UNIT, "STREET", null, "mtg", "MT1", "leader", "shift-leader");
		clock.setShanghai("2026-04-13T09:00");
	}

	@AfterEach
	void removeRulesAndResetClock() {
		for (JsonNode rule : api.get(RULES).body()) {
			api.delete(RULES + "/" + rule.path("code").asString());
		}
		clock.reset();
	}

	@Test
	void aStandingConsultationSitsOnceOnItsWorkingDayWithTheOverdueCasesOnItsAgenda() {
		long overdue = handling();
		assertThat(api.put(RULES + "/monthly", MONTHLY).status()).isEqualTo(200);

		clock.setShanghai("2026-06-01T09:10");
		lights.sweep();
		long fresh = filed();
		schedule.callDue();
		schedule.callDue();
		clock.setShanghai("2026-06-02T09:10");
		schedule.callDue();

		List<JsonNode> sittings = new ArrayList<>();
		api.get(MEETINGS + "?from=2026-05-31T00:00:00Z&to=2026-06-30T00:00:00Z").body().forEach(m -> {
			if (m.path("calledBy").asString().equals("rule:monthly")) {
				sittings.add(m);
			}
		});
		assertThat(sittings).hasSize(1);
		JsonNode meeting = sittings.get(0);
		assertThat(meeting.path("rule").asString()).isEqualTo("monthly");
		assertThat(meeting.path("kindName").asString()).isEqualTo("会商");
		assertThat(meeting.path("startsAt").asString()).isEqualTo("2026-06-01T01:00:00Z");
		assertThat(meeting.path("endsAt").asString()).isEqualTo("2026-06-01T03:00:00Z");
		JsonNode item = agendaItem(meeting, overdue);
		assertThat(item).as(meeting.toString()).isNotNull();
		assertThat(item.path("reasons").toString()).isEqualTo("[\"OVERDUE\"]");
		assertThat(agendaItem(meeting, fresh)).isNull();
	}

	@Test
	void decisionsBecomeCaseActionsAndMinutesMarkTheMeetingHeld() {
		long overdue = handling();
		clock.setShanghai("2026-06-01T09:10");
		lights.sweep();
		TestApi leader = api.as("leader-" + UNIT, TestStaff.PASSWORD);

		Response called = leader.post(MEETINGS, """
				{"kind":"CONSULTATION","title":"临时会商"}""");
		assertThat(called.status()).as(called.body().toString()).isEqualTo(201);
		long id = called.body().path("id").asLong();
		assertThat(agendaItem(called.body(), overdue)).isNotNull();

		Response decided = leader.post("/api/v1/meetings/" + id + "/decisions", """
				{"caseId":%d,"action":"supervise","note":"限三个工作日内办结"}""".formatted(overdue));
		assertThat(decided.status()).as(decided.body().toString()).isEqualTo(201);
		assertThat(decided.body().path("decisions").size()).isEqualTo(1);
		JsonNode notices = api.get("/api/v1/cases/" + overdue).body().path("notices");
		assertThat(notices.toString()).contains("【会商·临时会商】限三个工作日内办结");

		Response refused = leader.post("/api/v1/meetings/" + id + "/decisions", """
				{"caseId":%d,"action":"arbitrate","department":"sanitation","note":"改由环卫处置"}""".formatted(overdue));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
		assertThat(api.get("/api/v1/meetings/" + id).body().path("decisions").size()).isEqualTo(1);

		Response minutes = leader.put("/api/v1/meetings/" + id + "/minutes", """
				{"minutes":"会议研究了超期案件, 决定督办。","attendees":["街道领导","城管中队"]}""");
		assertThat(minutes.status()).as(minutes.body().toString()).isEqualTo(200);
		assertThat(minutes.body().path("heldAt").asString()).isEqualTo("2026-06-01T01:10:00Z");
		assertThat(minutes.body().path("attendees").size()).isEqualTo(2);

		long later = leader.post(MEETINGS, """
				{"kind":"ROUTINE","title":"周例会","startsAt":"2026-06-03T01:00:00Z"}""").body().path("id").asLong();
		assertThat(leader.put("/api/v1/meetings/" + later + "/minutes", """
				{"minutes":"未开先记"}""").status()).isEqualTo(409);
	}

	@Test
	void onlyTheRulesCallerRolesCallAStandingMeetingOutOfTurn() {
		assertThat(api.put(RULES + "/monthly", MONTHLY).status()).isEqualTo(200);
		TestApi shiftLeader = api.as("shift-leader-" + UNIT, TestStaff.PASSWORD);
		assertThat(shiftLeader.post(MEETINGS, "{\"rule\":\"monthly\"}").status()).isEqualTo(403);
		Response byLeader = api.as("leader-" + UNIT, TestStaff.PASSWORD).post(MEETINGS, "{\"rule\":\"monthly\"}");
		assertThat(byLeader.status()).as(byLeader.body().toString()).isEqualTo(201);
		assertThat(byLeader.body().path("title").asString()).isEqualTo("每月集体会商");
		assertThat(byLeader.body().path("rule").asString()).isEqualTo("monthly");
	}

	@Test
	void badRulesAndRequestsAreRefusedFieldByFieldAndChangeNothing() {
		Response bad = api.put(RULES + "/Bad Code", """
				{"kind":"PARTY","name":" ","cadence":"DAILY","callerRoles":["nobody"],"agenda":["GOSSIP"]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("code", "kind", "name", "cadence", "at", "callerRoles", "agenda");
		Response weekly = api.put(RULES + "/weekly", """
				{"kind":"ROUTINE","name":"周例会","cadence":"WEEKLY","workingDay":6,"at":"23:30","lengthMinutes":60,
				 "callerRoles":["leader"]}""");
		assertThat(fields(weekly)).containsExactly("workingDay", "lengthMinutes");
		assertThat(api.get(RULES).body().size()).isZero();

		int meetings = api.get(MEETINGS).body().size();
		Response call = api.post(MEETINGS, """
				{"rule":"nope","title":"","startsAt":"2026-01-01T00:00:00Z","lengthMinutes":5}""");
		assertThat(fields(call)).containsExactly("rule", "kind", "title", "lengthMinutes", "startsAt");
		assertThat(api.get(MEETINGS).body().size()).isEqualTo(meetings);

		assertThat(api.as("handler-sanitation", TestStaff.PASSWORD).get(MEETINGS).status()).isEqualTo(403);
		assertThat(api.anonymous().get(MEETINGS).status()).isEqualTo(401);
	}

	private long filed() {
		Response reported = api.post("/api/v1/cases", """
				{"channel":"PATROL","reportedBy":"worker-1","kind":"COMPONENT","minorCode":"0201",
				 "description":"路面坑槽 / Pothole","lon":40.42,"lat":0.02}""");
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		long id = reported.body().path("id").asLong();
		act(id, "accept", "");
		act(id, "file", ",\"conditionMet\":true");
		return id;
	}

	private long handling() {
		long id = filed();
		act(id, "dispatch", "");
		act(id, "sign", "");
		return id;
	}

	private void act(long id, String action, String fields) {
		Response response = api.post("/api/v1/cases/" + id + "/actions/" + action,
				"{\"actor\":\"op-1\",\"role\":\"dispatcher\"" + fields + "}");
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
	}

	private static JsonNode agendaItem(JsonNode meeting, long caseId) {
		for (JsonNode item : meeting.path("agenda")) {
			if (item.path("caseId").asLong() == caseId) {
				return item;
			}
		}
		return null;
	}

	private static List<String> fields(Response response) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
