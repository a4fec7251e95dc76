package org.onegrid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.LightSweep;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.PersonDefinition;
import org.onegrid.people.ShiftRequest;
import org.onegrid.people.UnitDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Overdue and escalated cases reach whoever is on duty for the unit that owns the case's grid and has an account to
 * read the notice, else the unit's head; what reaches nobody waits in the command centre's queue.
 */
@IntegrationTest
class DutyAlertsIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	Organisation organisation;

	@Autowired
	People people;

	@Autowired
	DutyRoster roster;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	LightSweep sweep;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void tellsTheShiftLeaderOnDutyWhenACaseTurnsRedAndWhenItIsEscalated() throws InterruptedException {
		importDistrict();
		organisation.define(new UnitDefinition("ntf-d", "提醒区", "DISTRICT", null, "ntf", "ND", false));
		organisation.define(new UnitDefinition("ntf-s", "提醒街道", "STREET", "ntf-d", "ntf", "NS", false));
		long onDuty = people.add(new PersonDefinition("值班长甲", null, "ntf-s", null, List.of("shift-leader"), false)).id();
		long districtLeader = people.add(new PersonDefinition("区值班领导", null, "ntf-d", null, List.of("leader"), false))
			.id();
		clock.setShanghai("2026-11-02T09:00");
		Instant now = clock.instant();
		roster.add("ntf-s", new ShiftRequest(onDuty, "shift-leader", now.minus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(6))));
		roster.add("ntf-d", new ShiftRequest(districtLeader, "leader", now.minus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(6))));
		accounts.create(new AccountDirectory.AccountRequest("ntf-leader", "值班长甲", "notify-password", List.of(
				"shift-leader"), onDuty, true), "test", false);
		accounts.create(new AccountDirectory.AccountRequest("ntf-district", "区值班领导", "notify-password", List.of(
				"leader"), districtLeader, true), "test", false);
		long dispatcher = people.add(new PersonDefinition("区派遣员", null, "ntf-d", null, List.of("dispatcher"), false))
			.id();
		accounts.create(new AccountDirectory.AccountRequest("ntf-dispatcher", "区派遣员", "notify-password", List.of(
				"dispatcher"), dispatcher, true), "test", false);
		JsonNode reported = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"提醒测试","lon":60.01,"lat":30.01}
				""").body();
		long id = reported.path("id").asLong();
		assertThat(reported.path("handlingGrid").asString()).isEqualTo("NC");

		clock.setShanghai("2026-11-04T09:00");
		sweep.sweep();
		List<JsonNode> red = awaitNotices(onDuty, 1);
		assertThat(red.get(0).path("kind").asString()).isEqualTo("light-red");
		assertThat(red.get(0).path("caseId").asLong()).isEqualTo(id);

		api.post("/api/v1/cases/" + id + "/actions/accept", "{}");
		api.post("/api/v1/cases/" + id + "/actions/escalate", "{\"reason\":\"社区无法处置 / Beyond the community\"}");
		api.post("/api/v1/cases/" + id + "/actions/escalate", "{\"reason\":\"街道无法处置 / Beyond the street\"}");
		assertThat(awaitNotices(onDuty, 2).get(0).path("kind").asString()).isEqualTo("escalated");
		assertThat(awaitNotices(districtLeader, 1).get(0).path("kind").asString()).isEqualTo("escalated");

		TestApi leader = api.as("ntf-leader", "notify-password");
		JsonNode mine = leader.get("/api/v1/notifications").body();
		assertThat(mine).hasSize(2);
		long noticeId = mine.get(0).path("id").asLong();
		assertThat(leader.post("/api/v1/notifications/" + noticeId + "/read", "").status()).isEqualTo(204);
		assertThat(leader.get("/api/v1/notifications").body().get(0).path("readAt").isNull()).isFalse();
		assertThat(api.post("/api/v1/notifications/" + noticeId + "/read", "").status()).isEqualTo(404);
	}

	@Test
	void tellsTheHeadWhenNobodyIsOnDutyAndQueuesWhatReachesNobody() throws InterruptedException {
		importLayer("nta", 61, 31, "AD", "AS", "AC");
		organisation.define(new UnitDefinition("nta-d", "无人区", "DISTRICT", null, "nta", "AD", false));
		organisation.define(new UnitDefinition("nta-s", "负责人街道", "STREET", "nta-d", "nta", "AS", false));
		long head = people.add(new PersonDefinition("街道负责人", null, "nta-s", null, List.of("leader"), false)).id();
		assertThat(api.put("/api/v1/units/nta-s/head", "{\"personId\":" + head + "}").body().path("headPersonId")
			.asLong()).isEqualTo(head);
		accounts.create(new AccountDirectory.AccountRequest("nta-head", "街道负责人", "notify-password",
				List.of("leader"), head, true), "test", false);
		long shiftLeader = people.add(new PersonDefinition("区值班长", null, "nta-d", null, List.of("shift-leader"),
				false)).id();
		accounts.create(new AccountDirectory.AccountRequest("nta-shift", "区值班长", "notify-password",
				List.of("shift-leader"), shiftLeader, true), "test", false);
		clock.setShanghai("2026-11-02T09:00");
		long id = api.post("/api/v1/cases", """
				{"channel":"PATROL","kind":"COMPONENT","minorCode":"0201","description":"无人值班","lon":61.01,"lat":31.01}
				""").body().path("id").asLong();
		clock.setShanghai("2026-11-04T09:00");
		sweep.sweep();
		assertThat(awaitNotices(head, 1).get(0).path("kind").asString()).isEqualTo("light-red");

		api.post("/api/v1/cases/" + id + "/actions/accept", "{}");
		api.post("/api/v1/cases/" + id + "/actions/escalate", "{\"reason\":\"街道无法处置\"}");
		api.post("/api/v1/cases/" + id + "/actions/escalate", "{\"reason\":\"区级处置\"}");
		TestApi centre = api.as("nta-shift", "notify-password");
		JsonNode queued = awaitUnassigned(centre, id);
		assertThat(queued.path("kind").asString()).isEqualTo("escalated");
		assertThat(queued.path("unitCode").asString()).isEqualTo("nta-d");
		assertThat(notifications.of(shiftLeader, 10)).isEmpty();
		assertThat(caseIds(api.as("nta-head", "notify-password").get("/api/v1/notifications/unassigned").body()))
			.as("a street's head does not see the district's queue").doesNotContain(id);
		long alert = queued.path("id").asLong();
		assertThat(centre.post("/api/v1/notifications/unassigned/" + alert + "/take", "").status()).isEqualTo(204);
		assertThat(caseIds(centre.get("/api/v1/notifications/unassigned").body())).doesNotContain(id);
		assertThat(centre.post("/api/v1/notifications/unassigned/" + alert + "/take", "").status()).isEqualTo(404);
	}

	private static List<Long> caseIds(JsonNode alerts) {
		List<Long> ids = new java.util.ArrayList<>();
		alerts.forEach(alert -> ids.add(alert.path("caseId").asLong()));
		return ids;
	}

	private JsonNode awaitUnassigned(TestApi as, long caseId) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			for (JsonNode alert : as.get("/api/v1/notifications/unassigned").body()) {
				if (alert.path("caseId").asLong() == caseId) {
					return alert;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no unassigned alert for case " + caseId);
	}

	private void importLayer(String layer, int lon, int lat, String district, String street, String community) {
		api.post("/api/v1/layers", """
				{"code":"%s","name":"提醒测试","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}"""
			.formatted(layer));
		String polygon = "[[[%d,%d],[%d.1,%d],[%d.1,%d.1],[%d,%d.1],[%d,%d]]]".formatted(lon, lat, lon, lat, lon, lat,
				lon, lat, lon, lat);
		String features = List.of(new String[] { district, null, "区" }, new String[] { street, district, "街道" },
				new String[] { community, street, "社区" }).stream()
			.map(f -> """
					{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
					 "geometry":{"type":"Polygon","coordinates":%s}}""".formatted(f[0], f[0],
					f[1] == null ? "null" : "\"" + f[1] + "\"", f[2], polygon))
			.collect(java.util.stream.Collectors.joining(","));
		assertThat(api.post("/api/v1/layers/" + layer + "/import",
				"{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}").status()).isEqualTo(200);
	}

	private List<JsonNode> awaitNotices(long personId, int count) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<JsonNode> notices = notices(personId);
			if (notices.size() >= count) {
				return notices;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("person " + personId + " did not get " + count + " notice(s): " + notices(personId));
	}

	@Autowired
	Notifications notifications;

	private List<JsonNode> notices(long personId) {
		return notifications.of(personId, 50).stream()
			.map(notice -> TestApi.parse("{\"kind\":\"" + notice.kind() + "\",\"caseId\":" + notice.caseId() + "}"))
			.toList();
	}

	private void importDistrict() {
		if (api.get("/api/v1/layers/ntf").status() == 200) {
			return;
		}
		api.post("/api/v1/layers", """
				{"code":"ntf","name":"提醒测试","kind":"ops","levelNames":["区","街道","社区"],"codeRule":"FREE"}""");
		assertThat(api.post("/api/v1/layers/ntf/import", """
				{"type":"FeatureCollection","features":[%s,%s,%s]}""".formatted(
				feature("ND", null, "区"), feature("NS", "ND", "街道"), feature("NC", "NS", "社区"))).status())
			.isEqualTo(200);
	}

	private static String feature(String code, String parent, String level) {
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[60,30],[60.1,30],[60.1,30.1],[60,30.1],[60,30]]]}}"""
			.formatted(code, code, parent == null ? "null" : "\"" + parent + "\"", level);
	}
}
