package org.onegrid.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bundle with a mistake is refused whole: the answer names each mistake's file, line and reason, and nothing of
 * the bundle is written, not even what comes before the mistake. Each test breaks the shipped 长河 profile in one
 * place.
 */
@IntegrationTest
class ProfileErrorsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestApi api;

	@Test
	void refusesAMatrixRuleLedByAnUnknownDepartment() {
		assertRefused("responsibility.yaml", "lead: market-regulation", "lead: market-regualtion",
				"UNKNOWN_DEPARTMENT", "market-regualtion", -3);
	}

	@Test
	void refusesAPlatformLedByAnUnknownDepartment() {
		assertRefused("organisation.yaml", "lead: service-centre", "lead: service-centr", "UNKNOWN_DEPARTMENT",
				"its lead 'service-centr' is no department", -4);
	}

	@Test
	void refusesADepartmentGroupTakingACategoryTheCatalogueLacksAtItsEntry() {
		assertRefused("organisation.yaml", "  unit: '330108002000'\n- code: urban-management", """
				  unit: '330108002000'
				- code: market-food-group
				  nameZh: 食品组
				  nameEn: Food group
				  parent: market-supervision
				  categories: ['7001', '7999']
				- code: urban-management""", "UNKNOWN_CATEGORY", "'7999'", 1);
	}

	@Test
	void refusesAGroupOfAGroupAtItsEntry() {
		assertRefused("organisation.yaml", "  unit: '330108002000'\n- code: urban-management", """
				  unit: '330108002000'
				- code: market-food-group
				  nameZh: 食品组
				  nameEn: Food group
				  parent: market-supervision
				- code: market-food-team
				  nameZh: 食品小组
				  nameEn: Food team
				  parent: market-food-group
				- code: urban-management""", "NESTED_GROUP", "groups are one level deep", 5);
	}

	@Test
	void refusesAnUnknownCoordinator() {
		assertRefused("organisation.yaml", "coordinator: safety-office", "coordinator: safety-ofice",
				"UNKNOWN_DEPARTMENT", "safety-ofice", 0);
	}

	@Test
	void refusesATimeLimitBeyondTheDistrictsMaximum() {
		assertRefused("catalogue.yaml", "HANDLE: 5d, CHECK: 1d}\n  - code: '7005'",
				"HANDLE: 16d, CHECK: 1d}\n  - code: '7005'", "OVER_MAXIMUM", "15 working days", 0);
	}

	@Test
	void refusesARequiredTeamPostThatNoUnitSupplies() {
		assertRefused("teams.yaml", "  - role: full-time-worker\n    count: 1",
				"  - role: full-time-worker\n    count: 1\n  - role: grid-instructor", "POST_NOT_SUPPLIED",
				"grid-instructor", 2);
	}

	@Test
	void refusesATeamTemplateAtALevelTheLayerLacksAtItsEntry() {
		assertRefused("teams.yaml", "  level: 网格\n", "  level: 网格群\n", "UNKNOWN_LEVEL", "网格群", -2);
	}

	@Test
	void refusesASecondTeamTemplateForTheSameLevelAtItsEntry() {
		assertRefused("teams.yaml", "  - role: optional-worker", """
				  - role: optional-worker
				- layer: ops
				  name: 第二支网格队伍
				  level: 网格
				  required:
				  - role: grid-chief""", "DUPLICATE_CODE", "ops/网格", 1);
	}

	@Test
	void refusesAPersonServingAGridInAPostItsLevelsTemplateLacksAtItsEntry() {
		String chief = "  invented: true\n  account: changhe.chief1\n  post: ";
		assertRefused("people.yaml", "  roles: [grid-chief]\n" + chief + "grid-chief\n",
				"  roles: [grid-chief, leader]\n" + chief + "leader\n", "POST_NOT_IN_TEMPLATE", "as 'leader'", -2);
	}

	@Test
	void refusesATierCloserOfAnUnknownRoleAtItsLine() {
		assertRefused("catalogue.yaml", "    - role: joint-meeting\n", "    - role: joint-meting\n", "UNKNOWN_ROLE",
				"joint-meting", 0);
	}

	@Test
	void refusesATierCloserAtALevelThePrimaryLayerLacksAtItsLine() {
		assertRefused("catalogue.yaml", "    - level: 社区\n", "    - level: 片区\n", "UNKNOWN_LEVEL", "片区", 0);
	}

	@Test
	void refusesARuleForAnUnknownCategory() {
		assertRefused("responsibility.yaml", "category: '7005'", "category: '7009'", "UNKNOWN_CATEGORY", "7009", -1);
	}

	@Test
	void refusesACodeDefinedTwice() {
		assertRefused("organisation.yaml", "- code: justice\n", "- code: police-station\n", "DUPLICATE_CODE",
				"police-station", 0);
	}

	@Test
	void refusesAMemberOfAGridTheLayerLacksAtItsFeaturesLine() {
		Map<String, String> files = changhe();
		files.put("layers.yaml", files.get("layers.yaml").replace("  grids: grids/ops.geojson",
				"  grids: grids/ops.geojson\n  members: grids/members.geojson"));
		String members = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"code": "road-1", "name": "示例路", "kind": "road-section",
				   "grid": "330108002001"},
				   "geometry": {"type": "LineString", "coordinates": [[120.175, 30.18], [120.18, 30.18]]}},
				  {"type": "Feature", "properties": {"code": "road-2", "name": "无此网格的路", "kind": "road-section",
				   "grid": "330108009999"},
				   "geometry": {"type": "LineString", "coordinates": [[120.175, 30.18], [120.18, 30.18]]}}
				]}
				""";
		files.put("grids/members.geojson", members);
		JsonNode errors = refused(files);
		assertThat(errors).as(errors.toString()).hasSize(1);
		JsonNode error = errors.get(0);
		assertThat(error.path("file").asString()).isEqualTo("grids/members.geojson");
		assertThat(error.path("line").asInt()).isEqualTo(5);
		assertThat(error.path("code").asString()).isEqualTo("UNKNOWN_GRID");
		assertThat(error.path("reason").asString()).contains("features[1].properties.grid", "330108009999");
	}

	@Test
	void refusesAnInvalidGridPolygonAtItsFeaturesLine() {
		Map<String, String> files = changhe();
		String grids = files.get("grids/ops.geojson");
		int at = grids.lastIndexOf("\"type\": \"Feature\"");
		int coordinates = grids.indexOf("\"coordinates\"", at);
		int end = grids.indexOf("}", coordinates);
		files.put("grids/ops.geojson", grids.substring(0, coordinates)
				+ "\"coordinates\": [[[120.197,30.185],[120.21,30.2],[120.21,30.185],[120.197,30.2],[120.197,30.185]]]"
				+ grids.substring(end));
		JsonNode error = refused(files).get(0);
		assertThat(error.path("file").asString()).isEqualTo("grids/ops.geojson");
		assertThat(error.path("line").asInt()).isEqualTo(lineOf(grids.substring(0, at)) + 1);
		assertThat(error.path("code").asString()).isEqualTo("SELF_INTERSECTION");
		assertThat(error.path("reason").asString()).contains("330108002003002");
	}

	@Test
	void refusesAKeyTheFormatDoesNotSupportYet() {
		assertRefused("organisation.yaml", "  departments: [market-supervision]\n",
				"  departments: [market-supervision]\n  leadUnit: market-supervision\n", "NOT_SUPPORTED",
				"not supported yet", 1);
	}

	@Test
	void refusesASupervisionRuleWithAnUnknownNoticeKindAtItsEntry() {
		assertRefused("rules.yaml", "noticeKind: SUPERVISE", "noticeKind: SHOUT", "UNKNOWN", "noticeKind", -3);
	}

	@Test
	void refusesAMeetingHeldByAnUnknownUnitOrCalledByAnUnknownRoleAtItsEntry() {
		assertRefused("meetings.yaml", "unit: '330108002000'", "unit: nowhere", "UNKNOWN", "no unit 'nowhere'", -1);
		assertRefused("meetings.yaml", "callerRoles: [leader]", "callerRoles: [mayor]", "UNKNOWN", "no role 'mayor'",
				-8);
	}

	@Test
	void refusesAGridLevelsMeetingOfAnUnknownLayerOrLevelAtItsEntry() {
		assertRefused("meetings.yaml", "unit: '330108002000'", "grid: {layer: ops, level: 小区}", "UNKNOWN",
				"grid.level: layer 'ops' has no level '小区'", -1);
		assertRefused("meetings.yaml", "unit: '330108002000'", "grid: {layer: nowhere, level: 网格}", "UNKNOWN",
				"grid.layer: there is no layer 'nowhere'", -1);
	}

	@Test
	void refusesAStaffingRuleNeedingMoreQualifiedThanStaffAtItsEntry() {
		assertRefused("rules.yaml", "    minimumQualified: 1\n", "    minimumQualified: 3\n", "OUT_OF_RANGE",
				"changhe-market-supervision: minimumQualified", -9);
	}

	@Test
	void refusesAStaffingRuleForAnUnknownUnitAtItsEntry() {
		assertRefused("rules.yaml", "unit: changhe-command\n    department: market-supervision",
				"unit: changhe-nowhere\n    department: market-supervision", "UNKNOWN", "changhe-nowhere", -1);
	}

	@Test
	void refusesAQualificationGivenTwiceAtItsPersonsEntry() {
		assertRefused("people.yaml", "  qualifications: [enforcement]\n",
				"  qualifications: [enforcement, enforcement]\n", "DUPLICATE", "changhe.enforce1", -6);
	}

	@Test
	void refusesAHotlineOnAnUnknownChannelAndAMappingToAnUnknownClassAtTheirLines() {
		Map<String, String> files = changhe();
		files.put("hotlines.yaml", """
				hotlines:
				- code: '12345'
				  name: 12345 市民服务热线
				  channel: FAX
				  timeLimit: {amount: 5, unit: DAYS}
				  mappings:
				  - {words: 噪音扰民, kind: EVENT, minorCode: '9999'}
				""");
		JsonNode errors = refused(files);
		assertThat(errors).as(errors.toString()).hasSize(2);
		assertThat(errors.findValuesAsString("file")).containsOnly("hotlines.yaml");
		assertThat(errors.findValuesAsString("line")).containsExactly("2", "7");
		assertThat(errors.findValuesAsString("code")).containsOnly("UNKNOWN");
		assertThat(errors.get(1).path("reason").asString()).contains("EVENT 9999");
	}

	@Test
	void refusesAChannelOfNoKnownKindAtItsLineAndLetsAHotlineNameAChannelTheBundleDefines() {
		Map<String, String> files = changhe();
		files.put("hotlines.yaml", """
				channels:
				- {code: WECHAT, nameZh: 微信, nameEn: WeChat, kind: CITIZEN, requiredDetails: [ticketNo]}
				- {code: FAX, nameZh: 传真, nameEn: Fax, kind: CARRIER_PIGEON}
				hotlines:
				- code: wechat
				  name: 微信公众号
				  channel: WECHAT
				  timeLimit: {amount: 5, unit: DAYS}
				""");
		JsonNode errors = refused(files);
		assertThat(errors).as(errors.toString()).hasSize(1);
		assertThat(errors.findValuesAsString("line")).containsExactly("3");
		assertThat(errors.get(0).path("reason").asString()).contains("FAX", "kind");
	}

	@Test
	void refusesAScorecardWhoseWeightsDoNotAddUpTo100AtItsEntry() {
		Map<String, String> files = changhe();
		files.put("rules.yaml", files.get("rules.yaml") + """
				scorecards:
				  - objectType: GRID
				    items:
				      - {indicator: discoveryRate, weight: 50}
				      - {indicator: reported, weight: 40}
				    grades:
				      - {grade: 优, minScore: 90}
				""");
		JsonNode errors = refused(files);
		assertThat(errors.findValuesAsString("code")).containsExactly("UNKNOWN", "TOTAL");
		int entry = lineOf(files.get("rules.yaml").substring(0, files.get("rules.yaml").indexOf("- objectType"))) + 1;
		assertThat(errors.findValuesAsString("line")).containsOnly(Integer.toString(entry));
		assertThat(errors.get(1).path("reason").asString()).contains("add up to 90");
	}

	@Test
	void refusesABundleOnAnyScorecardButTheWorkersAtItsEntry() {
		Map<String, String> files = changhe();
		files.put("rules.yaml", files.get("rules.yaml") + """
				scorecards:
				  - objectType: GRID
				    items:
				      - {indicator: discoveryRate, weight: 100}
				    grades:
				      - {grade: 优, minScore: 90}
				    bundle: {objectType: GRID, weight: 100}
				""");
		JsonNode errors = refused(files);
		assertThat(errors.findValuesAsString("code")).containsExactly("NOT_A_WORKER", "RANGE");
		int entry = lineOf(files.get("rules.yaml").substring(0, files.get("rules.yaml").indexOf("- objectType"))) + 1;
		assertThat(errors.findValuesAsString("line")).containsOnly(Integer.toString(entry));
	}

	@Test
	void refusesASpotCheckRuleAtItsEntryAndABadTimeAtItsLine() {
		Map<String, String> files = changhe();
		files.put("rules.yaml", files.get("rules.yaml") + """
				spotChecks:
				  - code: changhe-daily
				    unit: nowhere
				    sampleSize: 0
				    times:
				      - 'noon'
				  - code: changhe-known
				    unit: '330108002000'
				    times: ['09:00']
				""");
		JsonNode errors = refused(files);
		assertThat(errors.findValuesAsString("code")).containsExactly("NOT_A_TIME", "UNKNOWN", "NO_CHECKS", "RANGE");
		String text = files.get("rules.yaml");
		int entry = lineOf(text.substring(0, text.indexOf("- code: changhe-daily"))) + 1;
		assertThat(errors.get(0).path("line").asInt()).isEqualTo(entry + 4);
		assertThat(errors.get(1).path("line").asInt()).isEqualTo(entry);
		assertThat(errors.get(1).path("reason").asString()).contains("changhe-daily: unit");
	}

	@Test
	void refusesAPatrolRuleOfAnUnknownRoleOrMoreThanSevenDaysAtItsEntry() {
		Map<String, String> files = changhe();
		files.put("rules.yaml", files.get("rules.yaml") + """
				patrol:
				  - code: changhe-known
				    unit: changhe-command
				    role: resident-officer
				    minimumDaysPerWeek: 2
				  - code: changhe-weekly
				    unit: changhe-command
				    role: wizard
				    minimumDaysPerWeek: 8
				""");
		JsonNode errors = refused(files);
		assertThat(errors.findValuesAsString("code")).containsExactly("UNKNOWN", "OUT_OF_RANGE");
		String text = files.get("rules.yaml");
		int entry = lineOf(text.substring(0, text.indexOf("- code: changhe-weekly"))) + 1;
		assertThat(errors.findValuesAsString("line")).containsOnly(Integer.toString(entry));
		assertThat(errors.findValuesAsString("file")).containsOnly("rules.yaml");
		assertThat(errors.get(0).path("reason").asString()).contains("changhe-weekly: role", "wizard");
		assertThat(errors.get(1).path("reason").asString()).contains("minimumDaysPerWeek is 1 to 7");
	}

	@Test
	void refusesAFileThatIsNotYaml() {
		Map<String, String> files = changhe();
		files.put("teams.yaml", "templates:\n- layer: ops\n  name: [unclosed\n");
		JsonNode errors = refused(files);
		assertThat(errors.get(0).path("file").asString()).isEqualTo("teams.yaml");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("YAML_SYNTAX");
		assertThat(errors.get(0).path("line").asInt()).isPositive();
	}

	@Test
	void listsEveryMistakeOfABundleInOneAnswer() {
		Map<String, String> files = changhe();
		files.put("responsibility.yaml", files.get("responsibility.yaml").replace("lead: citizen-services",
				"lead: nobody").replace("category: '7004'", "category: '7099'"));
		files.put("catalogue.yaml", files.get("catalogue.yaml").replace("HANDLE: 5d, CHECK: 1d}\n  - code: '7005'",
				"HANDLE: 20d, CHECK: 1d}\n  - code: '7005'"));
		files.put("extra.txt", "?");

		assertThat(refused(files).findValuesAsString("code")).containsExactlyInAnyOrder("UNKNOWN_DEPARTMENT",
				"UNKNOWN_CATEGORY", "OVER_MAXIMUM", "NOT_SUPPORTED");
	}

	@Test
	void aDryRunOfABrokenBundleListsItsErrorsAndWritesNothing() {
		Map<String, String> files = changhe();
		files.put("responsibility.yaml", files.get("responsibility.yaml").replace("lead: governance", "lead: nobody"));

		Response dryRun = api.post("/api/v1/profiles?dryRun=true", JSON.writeValueAsString(Map.of("files", files)));

		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.body().path("loaded").asBoolean()).isFalse();
		assertThat(dryRun.body().path("errors").findValuesAsString("code")).containsOnly("UNKNOWN_DEPARTMENT")
			.hasSize(2);
		assertNothingWritten();
	}

	@Test
	void onlyTheAdministratorMayLoadOrExport() {
		assertThat(api.anonymous().post("/api/v1/profiles", "{\"files\":{}}").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/roles/admin").body().path("permissions").toString()).contains("profile:load");
		assertThat(api.get("/api/v1/roles/shift-leader").body().path("permissions").toString())
			.doesNotContain("profile:load");
		assertThat(api.get("/api/v1/profiles/nosuch/export").status()).isEqualTo(404);
	}

	@Test
	void refusesADistrictOnAGridTheLayerLacksAtItsEntry() {
		assertRefused("districts.yaml", "grid: '330108002000'", "grid: '330108009000'", "UNKNOWN",
				"layer 'ops' has no grid '330108009000'", -2);
	}

	@Test
	void refusesADistrictOfferingAClassTheCatalogueLacksOrNoClassAtItsEntry() {
		assertRefused("districts.yaml", "'EVENT 7005']", "'EVENT 7009']", "UNKNOWN",
				"services: there is no minor class 'EVENT 7009'", -3);
		assertRefused("districts.yaml", "  services: ['EVENT 7001', 'EVENT 7002', 'EVENT 7003', 'EVENT 7004', "
				+ "'EVENT 7005']", "  services: []", "REQUIRED", "name at least one minor class", -3);
	}

	@Test
	void refusesADistrictsOwnLimitsForAnUnknownClassBeyondTheMaximumOrWrittenWrongly() {
		String services = "'EVENT 7005']";
		assertRefused("districts.yaml", services, services + "\n  limits: {'EVENT 7009': {HANDLE: 1d}}", "UNKNOWN",
				"limits: there is no minor class 'EVENT 7009'", -3);
		assertRefused("districts.yaml", services, services + "\n  limits: {'EVENT 7001': {HANDLE: 16d}}",
				"OVER_MAXIMUM", "EVENT 7001 HANDLE is longer than the district's maximum of 15", -3);
		assertRefused("districts.yaml", services, services + "\n  maxWorkingDays: 2\n  limits: {'EVENT 7001': "
				+ "{HANDLE: 3d}}", "OVER_MAXIMUM", "EVENT 7001 HANDLE is longer than the district's maximum of 2", -3);
		assertRefused("districts.yaml", services, services + "\n  maxWorkingDays: 16", "OUT_OF_RANGE",
				"maxWorkingDays 16 is not from 1 to the profile's maximum of 15", -3);
		assertRefused("districts.yaml", services, services + "\n  limits: {'EVENT 7001': {HANDLE: 1w}}",
				"LIMIT_FORMAT", "written 5d", 1);
		assertRefused("districts.yaml", services, services + "\n  limits: {'EVENT 7001': {}}", "REQUIRED",
				"limits: EVENT 7001 names no stage", 1);
	}

	@Test
	void refusesADistrictTakingCasesOnAnUnknownChannelOrNoneAtItsEntry() {
		String services = "'EVENT 7005']";
		assertRefused("districts.yaml", services, services + "\n  channels: [PATROL, FAX]", "UNKNOWN",
				"channels: there is no channel 'FAX'", -3);
		assertRefused("districts.yaml", services, services + "\n  channels: []", "REQUIRED",
				"channels: name at least one channel", -3);
	}

	@Test
	void refusesADistrictSharingAreaWithAnotherAtItsEntryAndServesNeither() {
		Map<String, String> files = changhe();
		String before = files.get("districts.yaml");
		files.put("districts.yaml", before + """
				- code: binjiang-changhe-one
				  name: 示例一社区
				  grid: '330108002001'
				""");
		JsonNode errors = refused(files);
		assertThat(errors).as(errors.toString()).hasSize(1);
		assertThat(errors.get(0).path("file").asString()).isEqualTo("districts.yaml");
		assertThat(errors.get(0).path("line").asInt()).isEqualTo(lineOf(before) + 1);
		assertThat(errors.get(0).path("code").asString()).isEqualTo("REFUSED");
		assertThat(errors.get(0).path("reason").asString()).contains("overlaps district 'binjiang-changhe'");
	}

	@Test
	void refusesABodyThatIsNoBundle() {
		assertThat(api.post("/api/v1/profiles", "{\"files\":{}}").body().path("errors").get(0).path("file")
			.asString()).isEqualTo("profile.yaml");
		assertThat(api.post("/api/v1/profiles", "{\"nofiles\":1}").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/profiles", "{\"files\":{\"../profile.yaml\":\"id: x\"}}").status())
			.isEqualTo(400);
	}

	/**
	 * Replaces {@code from} by {@code to} in {@code file}, and expects exactly one error, in that file, at the line
	 * where the replacement begins plus {@code lineOffset}, with the code and a reason naming {@code reasonPart}.
	 */
	private void assertRefused(String file, String from, String to, String code, String reasonPart, int lineOffset) {
		Map<String, String> files = changhe();
		String text = files.get(file);
		assertThat(text).contains(from);
		int index = text.lastIndexOf(from);
		files.put(file, text.substring(0, index) + to + text.substring(index + from.length()));
		JsonNode errors = refused(files);
		assertThat(errors).as(errors.toString()).hasSize(1);
		JsonNode error = errors.get(0);
		assertThat(error.path("file").asString()).isEqualTo(file);
		assertThat(error.path("line").asInt()).isEqualTo(lineOf(text.substring(0, index)) + 1 + lineOffset);
		assertThat(error.path("code").asString()).isEqualTo(code);
		assertThat(error.path("reason").asString()).contains(reasonPart);
	}

	private JsonNode refused(Map<String, String> files) {
		Response response = api.post("/api/v1/profiles", JSON.writeValueAsString(Map.of("files", files)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(422);
		assertThat(response.body().path("title").asString()).isEqualTo("profile-refused");
		assertNothingWritten();
		return response.body().path("errors");
	}

	private void assertNothingWritten() {
		assertThat(api.get("/api/v1/profiles").body().toString()).doesNotContain("changhe");
		assertThat(api.get("/api/v1/units/changhe-command").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/departments/service-centre").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/roles/resident-officer").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/districts/binjiang-changhe").status()).isEqualTo(404);
	}

	private static int lineOf(String before) {
		return (int) before.chars().filter(c -> c == '\n').count();
	}

	private static Map<String, String> changhe() {
		return new TreeMap<>(Bundle.fromClasspath("profiles/changhe"));
	}
}
