package org.onegrid.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Major classes 91–95 are this class's own, so that it shares the database safely. */
@IntegrationTest
class CatalogueIntegrationTests {

	private static final String BASE = "/api/v1/catalogue";

	private static final String LIMITS = """
			[{"stage":"ACCEPT","amount":1,"unit":"DAYS"},{"stage":"DISPATCH","amount":1,"unit":"DAYS"},
			 {"stage":"HANDLE","amount":5,"unit":"DAYS"},{"stage":"HANDLE","areaClass":"A","amount":4,"unit":"HOURS"},
			 {"stage":"CHECK","amount":1,"unit":"DAYS"}]""";

	@Autowired
	TestApi api;

	@Test
	void loadsTheDefaultCatalogueAtStartup() throws Exception {
		JsonNode file;
		try (InputStream in = getClass().getResourceAsStream("/catalogue/default-catalogue.json")) {
			file = JsonMapper.builder().build().readTree(in);
		}
		Response tree = api.get(BASE + "/categories");
		assertThat(tree.status()).isEqualTo(200);
		List<JsonNode> defaults = new ArrayList<>();
		tree.body().forEach(major -> {
			if (Integer.parseInt(major.get("code").asString()) < 90) {
				defaults.add(major);
			}
		});
		long components = defaults.stream().filter(m -> m.get("kind").asString().equals("COMPONENT")).count();
		long minors = defaults.stream().mapToInt(m -> m.get("minorClasses").size()).sum();
		long minorsInFile = 0;
		for (JsonNode major : file.get("majorClasses")) {
			minorsInFile += major.get("minorClasses").size();
		}
		assertThat(components).isEqualTo(6);
		assertThat(defaults.size() - components).isEqualTo(16);
		assertThat(minors).isEqualTo(minorsInFile).isGreaterThanOrEqualTo(40);

		JsonNode manhole = api.get(BASE + "/categories/COMPONENT/0101").body();
		assertThat(manhole.get("nameZh").asString()).isEqualTo("井盖缺失");
		assertThat(manhole.get("timeLimits").size()).isGreaterThanOrEqualTo(4);
		assertThat(api.get(BASE + "/urgencies").body().get("CRITICAL").decimalValue()).isEqualByComparingTo("0.25");
	}

	@Test
	void listsTheTreeOfOneKind() {
		Response events = api.get(BASE + "/categories?kind=event");
		assertThat(events.status()).isEqualTo(200);
		events.body().forEach(major -> assertThat(major.get("kind").asString()).isEqualTo("EVENT"));
		assertThat(api.get(BASE + "/categories?kind=PLANT").status()).isEqualTo(400);
	}

	@Test
	void createsReadsAndUpdatesAMinorClass() {
		defineMajor("EVENT", "91");
		Response created = api.post(BASE + "/categories", minor("EVENT", "9101", "测试小类", "grid-centre", LIMITS));
		assertThat(created.status()).isEqualTo(201);
		assertThat(api.post(BASE + "/categories", minor("EVENT", "9101", "测试小类", null, LIMITS)).status())
			.isEqualTo(409);

		Response updated = api.put(BASE + "/categories/EVENT/9101", minor("EVENT", "9101", "改名", "water", LIMITS));
		assertThat(updated.status()).isEqualTo(200);

		JsonNode stored = api.get(BASE + "/categories/EVENT/9101").body();
		assertThat(stored.get("nameZh").asString()).isEqualTo("改名");
		assertThat(stored.get("defaultDepartment").asString()).isEqualTo("water");
		assertThat(stored.get("timeLimits").size()).isEqualTo(5);
		assertThat(api.get(BASE + "/categories/COMPONENT/9101").status()).isEqualTo(404);
	}

	@Test
	void rejectsAnInvalidMinorClassFieldByFieldAndWritesNothing() {
		defineMajor("EVENT", "92");
		String limits = """
				[{"stage":"HANDLE","areaClass":"D","amount":5,"unit":"DAYS"},{"stage":"WAIT","amount":1,"unit":"DAYS"},
				 {"stage":"ACCEPT","amount":0,"unit":"DAYS"}]""";
		String body = minor("EVENT", "920", "", "urban-management", limits)
			.replace("\"nameEn\":\"English name\"", "\"nameEn\":\"" + "x".repeat(101) + "\"");
		Response response = api.post(BASE + "/categories", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).contains("code", "nameZh", "nameEn", "timeLimits[0].areaClass",
				"timeLimits[1].stage", "timeLimits[2].amount", "timeLimits");
		assertThat(api.get(BASE + "/categories/EVENT/0920").status()).isEqualTo(404);
		assertThat(api.get(BASE + "/categories?kind=EVENT").body().toString()).doesNotContain("920\"");
	}

	@Test
	void enforcesTheFifteenWorkingDayCapWhenADistrictEditsALimit() {
		defineMajor("COMPONENT", "93");
		assertThat(api.put(BASE + "/categories/COMPONENT/9301", minor("COMPONENT", "9301", "封顶", null, LIMITS))
			.status()).isEqualTo(200);
		String tooLong = LIMITS.replace("\"amount\":5,\"unit\":\"DAYS\"", "\"amount\":16,\"unit\":\"DAYS\"");
		Response response = api.put(BASE + "/categories/COMPONENT/9301",
				minor("COMPONENT", "9301", "改了", null, tooLong));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo("OVER_CAP");
		JsonNode stored = api.get(BASE + "/categories/COMPONENT/9301").body();
		assertThat(stored.get("nameZh").asString()).isEqualTo("封顶");
		assertThat(stored.toString()).doesNotContain("\"amount\":16");
	}

	@Test
	void rejectsAMinorClassWhoseMajorClassDoesNotExist() {
		Response response = api.post(BASE + "/categories", minor("EVENT", "9901", "无大类", null, LIMITS));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_MAJOR_CLASS");
	}

	@Test
	void givesEachStagesLimitScaledByUrgency() {
		Response response = api.get(BASE + "/time-limits?category=0101&kind=COMPONENT&areaClass=A&urgency=URGENT");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().size()).isEqualTo(4);
		JsonNode handle = response.body().get(2);
		assertThat(handle.get("stage").asString()).isEqualTo("HANDLE");
		assertThat(handle.get("base").get("amount").asInt()).isEqualTo(4);
		assertThat(handle.get("limit").get("amount").asInt()).isEqualTo(2);
		assertThat(handle.get("limit").get("unit").asString()).isEqualTo("HOURS");

		Response wrong = api.get(BASE + "/time-limits?category=0101&kind=COMPONENT&areaClass=Z&urgency=SOON");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(fields(wrong)).containsExactly("areaClass");
		assertThat(api.get(BASE + "/time-limits?category=0101&kind=COMPONENT&urgency=SOON").status()).isEqualTo(400);
		assertThat(api.put(BASE + "/urgencies/URGENT", "{\"factor\":1.5}").status()).isEqualTo(400);
	}

	@Test
	void resolvesResponsibilityFromTheMostSpecificRuleThenTheDefaultThenTheStreet() {
		defineMajor("EVENT", "94");
		api.put(BASE + "/categories/EVENT/9401", minor("EVENT", "9401", "有默认部门", "urban-management", LIMITS));
		api.put(BASE + "/categories/EVENT/9402", minor("EVENT", "9402", "无默认部门", null, LIMITS));
		String where = "&layer=t94&path=t94-m,t94-c,t94-s,t94-d&levels=微网格,社区,街道,区";

		Response street = api.post(BASE + "/rules", rule("94", "t94-s", "police-station"));
		Response community = api.post(BASE + "/rules", rule("9401", "t94-c", "market-supervision"));
		assertThat(street.status()).isEqualTo(201);
		assertThat(community.status()).isEqualTo(201);

		JsonNode answer = api.get(BASE + "/responsibility?category=9401&kind=EVENT" + where).body();
		assertThat(answer.get("basis").asString()).isEqualTo("RULE");
		assertThat(answer.get("ruleId").asLong()).isEqualTo(community.body().get("id").asLong());
		assertThat(answer.get("leadDepartment").asString()).isEqualTo("market-supervision");
		assertThat(api.get(BASE + "/responsibility?category=9402&kind=EVENT" + where).body()
			.get("leadDepartment").asString()).isEqualTo("police-station");

		assertThat(api.delete(BASE + "/rules/" + community.body().get("id").asLong()).status()).isEqualTo(204);
		assertThat(api.delete(BASE + "/rules/" + street.body().get("id").asLong()).status()).isEqualTo(204);
		assertThat(api.get(BASE + "/responsibility?category=9401&kind=EVENT" + where).body()
			.get("basis").asString()).isEqualTo("CATEGORY_DEFAULT");
		JsonNode territorial = api.get(BASE + "/responsibility?category=9402&kind=EVENT" + where).body();
		assertThat(territorial.get("basis").asString()).isEqualTo("TERRITORIAL");
		assertThat(territorial.get("territory").asString()).isEqualTo("t94-s");
		assertThat(api.get(BASE + "/responsibility?category=9402&kind=EVENT&layer=t94&path=t94-m,t94-c").body()
			.get("basis").asString()).isEqualTo("UNCLEAR");
	}

	@Test
	void rejectsInvalidOrDuplicateRulesAndWritesNothing() {
		defineMajor("EVENT", "95");
		api.put(BASE + "/categories/EVENT/9501", minor("EVENT", "9501", "规则校验", null, LIMITS));
		Response invalid = api.post(BASE + "/rules", """
				{"kind":"EVENT","categoryCode":"9599","layerCode":"Ops!","leadDepartment":"",
				 "assistingDepartments":["Bad Dept"]}""");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(fields(invalid)).contains("categoryCode", "layerCode", "leadDepartment", "assistingDepartments[0]");
		assertThat(api.get(BASE + "/rules?kind=EVENT&category=9599").body().size()).isZero();

		assertThat(api.post(BASE + "/rules", rule("9501", "t95-s", "justice")).status()).isEqualTo(201);
		assertThat(api.post(BASE + "/rules", rule("9501", "t95-s", "housing")).status()).isEqualTo(409);
		JsonNode rules = api.get(BASE + "/rules?kind=EVENT&category=9501").body();
		assertThat(rules.size()).isEqualTo(1);
		assertThat(rules.get(0).get("leadDepartment").asString()).isEqualTo("justice");
		assertThat(api.delete(BASE + "/rules/999999999").status()).isEqualTo(404);
	}

	private void defineMajor(String kind, String code) {
		assertThat(api.put(BASE + "/major-classes/" + kind + "/" + code,
				"{\"nameZh\":\"测试大类" + code + "\",\"nameEn\":\"Test major " + code + "\"}").status()).isEqualTo(204);
	}

	private static String minor(String kind, String code, String nameZh, String department, String limits) {
		return """
				{"kind":"%s","code":"%s","nameZh":"%s","nameEn":"English name","filingCondition":"立案 / file",
				 "closingCondition":"结案 / close","defaultDepartment":%s,"timeLimits":%s}"""
			.formatted(kind, code, nameZh, department == null ? "null" : "\"" + department + "\"", limits);
	}

	private static String rule(String category, String grid, String lead) {
		return """
				{"kind":"EVENT","categoryCode":"%s","layerCode":"t%s","gridCode":"%s","leadDepartment":"%s",
				 "assistingDepartments":["grid-centre"],"note":"仲裁结果 / arbitration outcome"}"""
			.formatted(category, category.substring(0, 2), grid, lead);
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
