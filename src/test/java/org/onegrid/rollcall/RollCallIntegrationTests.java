package org.onegrid.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Roll call at a station of the operations centre: the centre's shift leader calls the roll of the station's
 * enforcement officers, who are told and answer from their own accounts; the record says who was present, late or
 * absent, call by call and over the month; nobody else can answer for them, and a call nobody could answer, or
 * that is malformed, is refused.
 */
@IntegrationTest
class RollCallIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollCallSchedule schedule;

	TestApi leader;

	@BeforeEach
	void station() {
		TestStaff.unitWith(api, "rc-centre", "CENTRE", null, null, null, "shift-leader");
		TestStaff.unitWith(api, "rc-station", "STATION", "rc-centre", null, null, "handler", "grid-chief");
		TestStaff.unitWith(api, "rc-station2", "STATION", "rc-centre", null, null, "handler");
		TestStaff.unitWith(api, "rc-elsewhere", "CENTRE", null, null, null, "shift-leader");
		leader = api.as("shift-leader-rc-centre", TestStaff.PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theRecordSaysWhoWasPresentLateOrAbsentCallByCallAndOverTheMonth() {
		TestApi officer = api.as("handler-rc-station", TestStaff.PASSWORD);
		TestApi chief = api.as("grid-chief-rc-station", TestStaff.PASSWORD);
		clock.setShanghai("2037-03-02T08:30");
		Response morning = leader.post("/api/v1/units/rc-station/roll-calls",
				"{\"role\":\"handler\",\"minutes\":10,\"note\":\"早班点名\"}");
		assertThat(morning.status()).as(morning.body().toString()).isEqualTo(201);
		long first = morning.body().path("id").asLong();
		assertThat(morning.body().path("called").asInt()).isEqualTo(1);
		assertThat(morning.body().path("waiting").asInt()).isEqualTo(1);
		ModuleEvents.awaitTakenIn(jdbc, "notification");
		assertThat(officer.get("/api/v1/notifications").body().findValuesAsString("kind")).contains("roll-call");
		assertThat(officer.get("/api/v1/roll-calls/mine").body().get(0).path("id").asLong()).isEqualTo(first);

		clock.setShanghai("2037-03-02T08:45");
		assertThat(officer.post("/api/v1/roll-calls/" + first + "/answer", "").body().path("status").asString())
			.isEqualTo("LATE");
		assertThat(chief.post("/api/v1/roll-calls/" + first + "/answer", "").status()).isEqualTo(404);

		clock.setShanghai("2037-03-02T14:00");
		long second = leader.post("/api/v1/units/rc-station/roll-calls", "{}").body().path("id").asLong();
		clock.setShanghai("2037-03-02T14:05");
		JsonNode answered = chief.post("/api/v1/roll-calls/" + second + "/answer", "").body();
		assertThat(answered.path("status").asString()).isEqualTo("PRESENT");
		clock.setShanghai("2037-03-02T14:20");
		assertThat(chief.post("/api/v1/roll-calls/" + second + "/answer", "").body().path("answeredAt")
			.asString()).isEqualTo(answered.path("answeredAt").asString());

		JsonNode afternoon = leader.get("/api/v1/roll-calls/" + second).body();
		assertThat(afternoon.path("called").asInt()).isEqualTo(2);
		assertThat(afternoon.path("present").asInt()).isEqualTo(1);
		assertThat(afternoon.path("absent").asInt()).isEqualTo(1);
		Map<String, String> statuses = new TreeMap<>();
		afternoon.path("attendees").forEach(a -> statuses.put(a.path("name").asString(), a.path("status").asString()));
		assertThat(statuses).containsEntry("handler-rc-station", "ABSENT").containsEntry("grid-chief-rc-station",
				"PRESENT");

		List<String> month = new ArrayList<>();
		leader.get("/api/v1/units/rc-station/roll-call-attendance?month=2037-03").body()
			.forEach(row -> month.add(row.path("name").asString() + " " + row.path("called").asInt() + "/"
					+ row.path("present").asInt() + "/" + row.path("late").asInt() + "/" + row.path("absent").asInt()));
		assertThat(month).containsExactly("grid-chief-rc-station 1/1/0/0", "handler-rc-station 2/0/1/1");
		assertThat(leader.get("/api/v1/units/rc-station/roll-calls?from=2037-03-01T00:00:00Z&to=2037-03-03T00:00:00Z")
			.body().size()).isEqualTo(2);
	}

	@Test
	void onlyALeaderOverTheUnitCallsItsRollAndBadCallsAreRefused() {
		clock.setShanghai("2037-03-03T08:30");
		Response bad = leader.post("/api/v1/units/rc-station/roll-calls", "{\"role\":\"wizard\",\"minutes\":0}");
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactly("role", "minutes");
		assertThat(leader.post("/api/v1/units/rc-station/roll-calls", "{\"role\":\"dispatcher\"}").status())
			.isEqualTo(422);
		assertThat(api.post("/api/v1/units/rc-nowhere/roll-calls", "{}").status()).isIn(403, 404);
		assertThat(leader.get("/api/v1/units/rc-station/roll-call-attendance?month=March").status())
			.isEqualTo(400);

		TestApi stranger = api.as("shift-leader-rc-elsewhere", TestStaff.PASSWORD);
		assertThat(stranger.post("/api/v1/units/rc-station2/roll-calls", "{}").status()).isEqualTo(403);
		long id = leader.post("/api/v1/units/rc-station2/roll-calls", "{}").body().path("id").asLong();
		assertThat(stranger.get("/api/v1/roll-calls/" + id).status()).isEqualTo(404);
		assertThat(api.as("handler-rc-station2", TestStaff.PASSWORD).post("/api/v1/units/rc-station2/roll-calls", "{}")
			.status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/roll-calls/mine").status()).isEqualTo(401);
	}

	@Test
	void aStandingRollCallIsCalledOnceOnEachWorkingDayAtItsTime() {
		Response bad = api.put("/api/v1/units/rc-station/roll-call-rules/rc-morning", "{\"minutes\":500}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().findValuesAsString("field")).containsExactly("minutes", "at");
		assertThat(api.as("handler-rc-station", TestStaff.PASSWORD).put(
				"/api/v1/units/rc-station/roll-call-rules/rc-morning", "{\"at\":\"08:30\"}").status()).isEqualTo(403);
		Response rule = api.put("/api/v1/units/rc-station/roll-call-rules/rc-morning",
				"{\"at\":\"08:30\",\"role\":\"handler\",\"minutes\":20,\"note\":\"早班点名\"}");
		assertThat(rule.status()).as(rule.body().toString()).isEqualTo(200);
		try {
			clock.setShanghai("2037-04-08T08:29");
			schedule.callDue();
			assertThat(byRule()).isZero();
			clock.setShanghai("2037-04-08T08:35");
			schedule.callDue();
			schedule.callDue();
			assertThat(byRule()).isEqualTo(1);
			clock.setShanghai("2037-04-08T09:00");
			schedule.callDue();
			clock.setShanghai("2037-04-11T08:35");
			schedule.callDue();
			assertThat(byRule()).as("once on Wednesday, not again after its window nor on Saturday").isEqualTo(1);
			clock.setShanghai("2037-04-13T08:31");
			schedule.callDue();
			assertThat(byRule()).isEqualTo(2);
			JsonNode monday = api.get("/api/v1/units/rc-station/roll-calls?from=2037-04-13T00:00:00Z&to=2037-04-14T00:00:00Z")
				.body().get(0);
			assertThat(monday.path("calledBy").asString()).isEqualTo("rule:rc-morning");
			assertThat(monday.path("called").asInt()).isEqualTo(1);
		}
		finally {
			api.delete("/api/v1/units/rc-station/roll-call-rules/rc-morning");
		}
		assertThat(api.get("/api/v1/units/rc-station/roll-call-rules").body().size()).isZero();
	}

	private long byRule() {
		return jdbc.sql("SELECT count(*) FROM roll_call WHERE rule_code = 'rc-morning'").query(Long.class).single();
	}
}
