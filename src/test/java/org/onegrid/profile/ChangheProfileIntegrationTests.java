package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onegrid.TestApi.Response;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.calendar.WorkingDuration;
import tools.jackson.databind.JsonNode;

/**
 * The shipped profile of 长河街道 loaded into an empty OneGrid through the API: a dry run lists what it would create
 * and writes nothing; a bundle that fails only on its last section is undone whole; the real load gives the
 * street its grids, platforms, people and duty, and each department's staffing rule in the command room is met on
 * the days the duty covers; one case per tier then goes from report to close through the street's own roles, on
 * its working calendar and limits, closed by whom the plan names for its tier; the monthly 会商 takes up a serious
 * case; and the export loads back without a change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangheProfileIntegrationTests {

	private static final String PASSWORD = "changhe-test-password";

	private static EmptyInstallation onegrid;

	@BeforeAll
	static void startAnEmptyInstallation() {
		onegrid = EmptyInstallation.start("profile_changhe");
		onegrid.clock.setShanghai("2026-04-30T10:00");
	}

	@AfterAll
	static void stop() {
		onegrid.close();
	}

	static Map<String, String> changhe() {
		return new TreeMap<>(Bundle.fromClasspath("profiles/changhe"));
	}

	@Test
	@Order(1)
	void aDryRunListsEveryCreationAndWritesNothing() {
		Response dryRun = onegrid.postZip("/api/v1/profiles?dryRun=true", BundleWriter.zip(changhe()));

		assertThat(dryRun.status()).as(dryRun.body().toString()).isEqualTo(200);
		assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
		assertThat(dryRun.body().path("loaded").asBoolean()).isTrue();
		assertThat(dryRun.body().path("errors")).isEmpty();
		List<String> changes = changes(dryRun.body());
		assertThat(changes).contains("create layer ops", "create grids ops", "create unit changhe-command",
				"create department service-centre", "update platform governance", "create role resident-officer",
				"create minorClass EVENT 7001", "create rule EVENT 7001 in ops", "create teamTemplate ops/网格",
				"create account changhe.intake", "create supervision handling-overdue",
				"create meeting monthly-consultation", "create meeting leading-group", "create profile changhe",
				"create qualifications changhe.enforce1", "create qualifications changhe.market1",
				"create staffing changhe-urban-management", "create staffing changhe-market-supervision",
				"create closers GENERAL", "create closers SERIOUS", "create closers MAJOR",
				"create district binjiang-changhe", "create services binjiang-changhe");
		assertThat(changes).anyMatch(change -> change.startsWith("create shift changhe-command resident-officer"));
		assertThat(dryRun.body().path("changes").get(0).path("file").asString()).isEqualTo("profile.yaml");
		assertNothingLoaded();
	}

	@Test
	@Order(2)
	void aBundleThatFailsOnItsLastSectionChangesNothing() {
		Map<String, String> files = changhe();
		files.put("duty.yaml", files.get("duty.yaml") + """
				- unit: changhe-command
				  duty: resident-officer
				  start: '12:00'
				  end: '13:00'
				  workingDaysOnly: true
				  days: 14
				  people: [changhe.market1]
				""");
		int line = (int) files.get("duty.yaml").lines().takeWhile(l -> !l.contains("'12:00'")).count() - 1;

		Response refused = onegrid.postZip("/api/v1/profiles", BundleWriter.zip(files));

		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		JsonNode error = refused.body().path("errors").get(0);
		assertThat(error.path("file").asString()).isEqualTo("duty.yaml");
		assertThat(error.path("line").asInt()).isEqualTo(line);
		assertThat(error.path("reason").asString()).contains("changhe.market1");
		assertNothingLoaded();
	}

	@Test
	@Order(3)
	void loadsTheChangheProfileWithItsPlatformsPeopleAndDuty() {
		Response loaded = onegrid.postZip("/api/v1/profiles", BundleWriter.zip(changhe()));

		assertThat(loaded.status()).as(loaded.body().toString()).isEqualTo(200);
		assertThat(loaded.body().path("loaded").asBoolean()).isTrue();
		assertThat(loaded.body().path("warnings").findValuesAsString("code")).isEmpty();
		assertThat(onegrid.get("/api/v1/layers/ops/grids").body().findValuesAsString("name")).contains("长河街道",
				"示例一社区第1网格");
		assertThat(onegrid.get("/api/v1/profiles").body().toString()).isEqualTo("[\"changhe\"]");
		assertThat(onegrid.get("/api/v1/platforms/governance").body().path("lead").asString())
			.isEqualTo("safety-office");
		assertThat(onegrid.get("/api/v1/platforms/market-regulation").body().path("lead").asString())
			.isEqualTo("market-supervision");
		assertThat(onegrid.get("/api/v1/platform-coordinator").body().path("code").asString())
			.isEqualTo("safety-office");
		Response duty = onegrid.get("/api/v1/units/changhe-command/on-duty?at=2026-04-30T02:00:00Z");
		assertThat(duty.body().findValuesAsString("duty")).hasSize(4).containsOnly("resident-officer");
		JsonNode district = onegrid.get("/api/v1/districts/binjiang-changhe").body();
		assertThat(List.of(district.path("name").asString(), district.path("layer").asString(),
				district.path("grid").asString())).containsExactly("长河街道", "ops", "330108002000");
		assertThat(onegrid.get("/api/v1/catalogue/offers/binjiang-changhe").body().path("classes")
			.findValuesAsString("minorCode")).containsExactly("7001", "7002", "7003", "7004", "7005");
	}

	@Test
	@Order(4)
	void eachDepartmentsStaffingRuleIsMetOnEveryWorkingDayTheDutyCovers() {
		assertThat(onegrid.get("/api/v1/staffing-rules").body().findValuesAsString("code"))
			.containsExactly("changhe-market-supervision", "changhe-urban-management");
		Response days = onegrid.get("/api/v1/staffing-rules/shortfalls?from=2026-04-30&to=2026-05-14");
		assertThat(days.status()).as(days.body().toString()).isEqualTo(200);
		Map<String, List<String>> unmet = new TreeMap<>();
		for (JsonNode day : days.body()) {
			if (day.path("date").asString().equals("2026-04-30")) {
				assertThat(day.path("staff").asInt()).as(day.toString()).isEqualTo(2);
				assertThat(day.path("qualified").asInt()).as(day.toString()).isEqualTo(1);
			}
			if (!day.path("met").asBoolean()) {
				unmet.computeIfAbsent(day.path("ruleCode").asString(), k -> new ArrayList<>())
					.add(day.path("date").asString() + " " + day.path("staff").asInt());
			}
		}
		assertThat(days.body().findValuesAsString("date")).contains("2026-04-30").doesNotContain("2026-05-01");
		assertThat(unmet).as("the 14 days of duty end on 2026-05-13").isEqualTo(Map.of(
				"changhe-market-supervision", List.of("2026-05-14 0"), "changhe-urban-management",
				List.of("2026-05-14 0")));
	}

	@Test
	@Order(5)
	void walksOneCasePerTierFromReportToCloseThroughTheStreetsRoles() {
		for (var account : onegrid.get("/api/v1/accounts?size=200").body().path("items")) {
			if (account.path("username").asString().startsWith("changhe.")
					|| account.path("username").asString().startsWith("binjiang.")) {
				assertThat(onegrid.put("/api/v1/accounts/" + account.path("id").asLong() + "/password",
						"{\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(204);
			}
		}
		walk("GENERAL", "7001", null, "changhe.safety", "330108002001", "changhe.dispatch");
		long serious = walk("SERIOUS", "7003", null, "changhe.market1", "330108002000", "changhe.leader");
		long major = walk("MAJOR", "7004", "district-agencies", "binjiang.agency", "330108000000", "binjiang.agency");
		assertThat(onegrid.get("/api/v1/cases/" + serious).body().path("timeline").findValuesAsString("actor"))
			.contains("changhe.leader");
		assertThat(onegrid.get("/api/v1/cases/" + major).body().path("timeline").findValuesAsString("actor"))
			.contains("binjiang.agency");
	}

	/** Takes a case of the tier to close; the street's 指挥室 closes it only when the tier's closers include it. */
	private long walk(String tier, String minorCode, String department, String handler, String handlingGrid,
			String closer) {
		JsonNode reported = ok(as("changhe.worker1").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"%s","description":"长河 %s 走通","lon":120.175,
				"lat":30.175}""".formatted(minorCode, tier)), 201);
		long id = reported.path("id").asLong();
		assertThat(reported.path("district").path("code").asString()).isEqualTo("binjiang-changhe");
		act("changhe.intake", id, "accept", "{}");
		JsonNode filed = act("changhe.intake", id, "file", "{\"conditionMet\":true,\"tier\":\"" + tier + "\"}");
		assertThat(filed.path("handlingGrid").asString()).as(tier).isEqualTo(handlingGrid);
		JsonNode dispatched = act("changhe.dispatch", id, "dispatch",
				department == null ? "{}" : "{\"department\":\"" + department + "\"}");
		JsonNode clock = dispatched.path("clock");
		assertThat(clock.path("stage").asString()).isEqualTo("HANDLE");
		WorkingCalendar calendar = onegrid.context.getBean(WorkingCalendar.class);
		Instant started = Instant.parse(clock.path("startedAt").asString());
		Instant deadline = Instant.parse(clock.path("deadline").asString());
		assertThat(deadline).isEqualTo(calendar.deadline(started, WorkingDuration.days(5)));
		assertThat(deadline.atZone(calendar.zone()).toLocalDate()).as("5 working days past 劳动节")
			.isAfter(LocalDate.of(2026, 5, 7));
		act(handler, id, "sign", "{}");
		act(handler, id, "feedback", "{\"note\":\"已办结 / Done\"}");
		act("changhe.chief1", id, "check", "{\"passed\":true}");
		if (!closer.equals("changhe.dispatch")) {
			Response refused = as("changhe.dispatch").post("/api/v1/cases/" + id + "/actions/close",
					"{\"conditionMet\":true}");
			assertThat(refused.status()).as(tier + " " + refused.body()).isEqualTo(403);
			assertThat(refused.body().path("detail").asString()).startsWith(tier.equals("SERIOUS")
					? "较大案件须由街道领导或联席会议结案" : "重大案件须由区职能部门结案");
		}
		JsonNode closed = act(closer, id, "close", "{\"conditionMet\":true}");
		assertThat(closed.path("open").asBoolean()).as(tier + " " + closed).isFalse();
		return id;
	}

	@Test
	@Order(6)
	void theMonthlyConsultationTakesUpAnOpenSeriousCaseAndItsDecisionSupervisesIt() {
		assertThat(onegrid.get("/api/v1/units/changhe-command/meeting-rules").body().findValuesAsString("code"))
			.containsExactly("monthly-consultation", "platform-weekly");
		long id = ok(as("changhe.worker1").post("/api/v1/cases", """
				{"channel":"PATROL","kind":"EVENT","minorCode":"7003","description":"长河 较大 会商","lon":120.175,
				"lat":30.175}"""), 201).path("id").asLong();
		act("changhe.intake", id, "accept", "{}");
		act("changhe.intake", id, "file", "{\"conditionMet\":true,\"tier\":\"SERIOUS\"}");

		JsonNode meeting = ok(as("changhe.dispatch").post("/api/v1/units/changhe-command/meetings",
				"{\"rule\":\"monthly-consultation\"}"), 201);
		assertThat(meeting.path("title").asString()).isEqualTo("基层治理四平台集体会商");
		JsonNode item = null;
		for (JsonNode entry : meeting.path("agenda")) {
			item = entry.path("caseId").asLong() == id ? entry : item;
		}
		assertThat(item).as(meeting.toString()).isNotNull();
		assertThat(item.path("reasons").toString()).contains("SERIOUS");

		ok(as("changhe.leader").post("/api/v1/meetings/" + meeting.path("id").asLong() + "/decisions", """
				{"caseId":%d,"action":"supervise","note":"由街道领导牵头, 三个工作日内办结"}""".formatted(id)), 201);
		assertThat(onegrid.get("/api/v1/cases/" + id).body().path("notices").toString())
			.contains("【会商·基层治理四平台集体会商】由街道领导牵头");
	}

	@Test
	@Order(7)
	void theExportLoadsBackWithoutAChange() {
		Response own = onegrid.put("/api/v1/catalogue/district-limits/binjiang-changhe", """
				{"maxWorkingDays":10,
				 "classes":[{"kind":"EVENT","minorCode":"7002","timeLimits":[{"stage":"HANDLE","amount":3,
				 "unit":"DAYS"},{"stage":"CHECK","amount":4,"unit":"HOURS"}]}]}""");
		assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
		assertThat(onegrid.put("/api/v1/district-channels/binjiang-changhe",
				"{\"channels\":[\"PATROL\",\"HOTLINE_12345\"]}").status()).isEqualTo(200);
		byte[] exported = onegrid.getBytes("/api/v1/profiles/changhe/export");
		assertThat(Bundle.fromZip(exported)).containsKeys("profile.yaml", "layers.yaml", "grids/ops.geojson",
				"organisation.yaml", "roles.yaml", "catalogue.yaml", "responsibility.yaml", "teams.yaml",
				"people.yaml", "duty.yaml", "meetings.yaml", "districts.yaml");
		assertThat(Bundle.fromZip(exported).get("districts.yaml")).contains("code: binjiang-changhe",
				"grid: '330108002000'", "- EVENT 7005", "maxWorkingDays: 10", "EVENT 7002:\n      HANDLE: 3d\n      CHECK: 4h\n", "channels:\n  - HOTLINE_12345\n  - PATROL\n");
		String organisation = Bundle.fromZip(exported).get("organisation.yaml");
		assertThat(organisation).contains("lead: safety-office", "coordinator: safety-office");
		assertThat(Bundle.fromZip(exported).get("rules.yaml")).contains("code: changhe-urban-management",
				"qualification: enforcement");
		assertThat(Bundle.fromZip(exported).get("people.yaml")).contains("- enforcement");
		assertThat(Bundle.fromZip(exported).get("catalogue.yaml")).contains("closers:", "role: joint-meeting",
				"role: agency-officer");

		Response again = onegrid.postZip("/api/v1/profiles", exported);

		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(changes(again.body())).isEmpty();
		assertThat(again.body().path("unchanged").asInt()).isGreaterThan(50);
		assertThat(changes(onegrid.postZip("/api/v1/profiles", BundleWriter.zip(changhe())).body()))
			.as("the shipped bundle sets no limits or channels of the district's own, so loading it takes them back")
			.containsExactly("update limits binjiang-changhe", "update channels binjiang-changhe");
		assertThat(onegrid.get("/api/v1/catalogue/district-limits/binjiang-changhe").body().path("classes"))
			.isEmpty();
		assertThat(onegrid.get("/api/v1/catalogue/district-limits/binjiang-changhe").body().path("maxWorkingDays")
			.isNull()).as("and the installation's maximum").isTrue();
	}

	@Test
	@Order(8)
	void aDryRunOfAnotherDistrictsProfileNamesWhatItWouldRewriteOfThisOne() {
		Response dryRun = onegrid.postZip("/api/v1/profiles?dryRun=true",
				BundleWriter.zip(Bundle.fromClasspath("profiles/zhongshan")));

		List<String> shared = new ArrayList<>();
		dryRun.body().path("warnings").forEach(w -> {
			if (w.path("code").asString().equals("SHARED")) {
				shared.add(w.path("file").asString() + ": " + w.path("reason").asString());
			}
		});
		assertThat(shared).as(dryRun.body().toString()).contains(
				"layers.yaml: layer 'ops' is also defined by profile 'changhe': this load rewrites it for both");
		assertThat(shared).noneMatch(warning -> warning.contains("'zhongshan'"));
		assertThat(onegrid.get("/api/v1/profiles").body().toString()).isEqualTo("[\"changhe\"]");
		assertThat(onegrid.get("/api/v1/layers/ops/grids").body().findValuesAsString("name")).contains("长河街道");
	}

	private static void assertNothingLoaded() {
		assertThat(onegrid.get("/api/v1/layers").body().findValuesAsString("code")).doesNotContain("ops");
		assertThat(onegrid.get("/api/v1/units/changhe-command").status()).isEqualTo(404);
		assertThat(onegrid.get("/api/v1/accounts?size=200").body().path("items").findValuesAsString("username"))
			.noneMatch(name -> name.startsWith("changhe."));
		assertThat(onegrid.get("/api/v1/profiles").body()).isEmpty();
		assertThat(onegrid.get("/api/v1/districts").body()).isEmpty();
		assertThat(onegrid.get("/api/v1/departments").body().findValuesAsString("code"))
			.doesNotContain("service-centre");
	}

	private static List<String> changes(JsonNode result) {
		List<String> changes = new ArrayList<>();
		result.path("changes").forEach(c -> changes.add(c.path("action").asString() + " " + c.path("section")
			.asString() + " " + c.path("key").asString()));
		return changes;
	}

	private static EmptyInstallation as(String username) {
		return onegrid.as(username, PASSWORD);
	}

	private static JsonNode act(String username, long id, String action, String body) {
		return ok(as(username).post("/api/v1/cases/" + id + "/actions/" + action, body), 200);
	}

	private static JsonNode ok(Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		return response.body();
	}
}
