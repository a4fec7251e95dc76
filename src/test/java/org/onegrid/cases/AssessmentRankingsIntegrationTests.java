package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.BinaryResponse;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Rankings among peers of one level and their notices: two streets (S91 and a second one, S92) with a community
 * each, cases in November 2039 and March 2040 (years no other test uses), ranked by month and by year, per level,
 * printed as notices before and after the month is closed. Every score is worked out by hand below, on the grids'
 * scorecard of 40 × discovery rate + 40 × on-time closure rate + 20 × closure rate.
 */
@IntegrationTest
class AssessmentRankingsIntegrationTests {

	private static final double[] C911 = { CaseFixtures.LON, CaseFixtures.LAT };

	private static final double[] S91 = { CaseFixtures.STREET_ONLY_LON, CaseFixtures.STREET_ONLY_LAT };

	private static final double[] C921 = { 40.16, 0.01 };

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		secondStreet();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void ranksPeersOfALevelByMonthAndYearAndPrintsTheNotices() {
		clock.setShanghai("2039-11-05T09:00");
		selfHandled(C911);
		selfHandled(C911);
		filed(S91);
		selfHandled(C921);
		filed(C921);
		clock.setShanghai("2039-12-02T09:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);

		// Streets on their whole territory: S91 has C911's two closed cases and its own open one, 3 found by patrol,
		// 2 of 3 closed on time: 40 + 40 × 0.6667 + 20 × 0.6667 = 80; S92 has C921's: 40 + 20 + 10 = 70.
		assertThat(scores("period=2039-11&objectType=grid&level=街道")).containsExactly("S91 80 良 1 null null",
				"S92 70 中 2 null null");
		assertThat(scores("period=2039-11&objectType=grid&level=2")).containsExactly("C911 100 优 1 null null",
				"C921 70 中 2 null null");
		// Without a level every grid is ranked on its own cases, in one list.
		assertThat(scores("period=2039-11&objectType=grid")).containsExactly("C911 100 优 1 null null",
				"C921 70 中 2 null null", "S91 40 差 3 null null");

		String open = html("period=2039-11&objectType=grid&level=街道");
		assertThat(open).contains("<html lang=\"zh-CN\">", "<title>2039年11月街道网格化工作考核排名通报</title>",
				"data-provisional=\"true\"", "本月尚未关账", "第一名:一街道(80分);末位:二街道(70分)。");
		assertThat(objects(open)).containsExactly("S91", "S92");
		assertThat(csv("period=2039-11&objectType=grid&level=街道&format=csv")).containsExactly(
				"期间,状态,排名,编码,名称,得分,等级,环比,同比", "2039-11,临时,1,S91,一街道,80,良,,",
				"2039-11,临时,2,S92,二街道,70,中,,");

		assertThat(api.post("/api/v1/assessment/months/2039-11/close", "{}").status()).isEqualTo(201);
		String published = html("period=2039-11&objectType=grid&level=街道");
		assertThat(published).contains("data-provisional=\"false\"", "已发布:第1版");
		assertThat(objects(published)).containsExactly("S91", "S92");
		assertThat(csv("period=2039-11&objectType=grid&level=街道&format=csv")).contains(
				"2039-11,已发布(第1版),1,S91,一街道,80,良,,");

		// A leader of the second street sees its row alone, with its rank among every street.
		TestStaff.unitWith(api, "rank-s92", "STREET", "case-d9", "ops", "S92", "leader");
		TestApi leader = api.as("leader-rank-s92", TestStaff.PASSWORD);
		BinaryResponse own = leader.getBytes("/api/v1/assessment/notices?period=2039-11&objectType=grid&level=街道");
		assertThat(own.status()).isEqualTo(200);
		String ownPage = new String(own.body(), StandardCharsets.UTF_8);
		assertThat(objects(ownPage)).containsExactly("S92");
		assertThat(ownPage).contains("<tr data-object=\"S92\"><td>2</td>");

		clock.setShanghai("2040-03-05T09:00");
		selfHandled(C921);
		selfHandled(C921);
		filed(C911);
		clock.setShanghai("2041-01-02T09:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);

		// 2039 holds November alone (other tests' 2038 may give it a change); in 2040 S92 has 100 (+30 on 2039's 70)
		// and S91 40 (−40 on 2039's 80).
		assertThat(scores("period=2039&objectType=grid&level=街道")).map(row -> String.join(" ", List.of(row.split(" ")).subList(0, 4)))
			.containsExactly("S91 80 良 1", "S92 70 中 2");
		assertThat(scores("period=2040&objectType=grid&level=街道")).containsExactly("S92 100 优 1 30 30",
				"S91 40 差 2 -40 -40");
		String year = html("period=2040&objectType=grid&level=街道");
		assertThat(year).contains("<title>2040年度街道网格化工作考核排名通报</title>", "data-provisional=\"false\"",
				"<td>+30</td>", "第一名:二街道(100分);末位:一街道(40分)。");
		assertThat(objects(year)).containsExactly("S92", "S91");
		assertThat(csv("period=2040&objectType=grid&level=街道&format=csv")).containsExactly(
				"期间,状态,排名,编码,名称,得分,等级,环比,同比", "2040,实时,1,S92,二街道,100,优,+30,+30",
				"2040,实时,2,S91,一街道,40,差,-40,-40");
	}

	@Test
	void badParametersAreRefusedFieldByField() {
		assertThat(CaseFixtures.errors(api.get("/api/v1/assessment/notices?period=2039-13&objectType=planet&level=乡"
				+ "&format=pdf"), 400)).containsExactlyInAnyOrder("period:FORMAT", "objectType:UNKNOWN",
						"level:UNKNOWN_LEVEL", "format:ONE_OF");
		assertThat(CaseFixtures.errors(api.get("/api/v1/assessment/notices?objectType=department&level=街道"), 400))
			.containsExactlyInAnyOrder("period:REQUIRED", "level:GRID_ONLY");
		assertThat(CaseFixtures.errors(api.get("/api/v1/assessment/scores?period=2039-11&objectType=grid&level=99"),
				400)).containsExactly("level:UNKNOWN_LEVEL");
		assertThat(CaseFixtures.errors(api.get("/api/v1/assessment/notices?period=1999&objectType=grid"), 400))
			.containsExactly("period:OUT_OF_RANGE");
		BinaryResponse departments = api.getBytes("/api/v1/assessment/notices?period=2039-10&objectType=department");
		assertThat(departments.status()).isEqualTo(200);
		assertThat(departments.contentType()).startsWith("text/html");
		assertThat(new String(departments.body(), StandardCharsets.UTF_8)).contains(
				"2039年10月职能部门网格化工作考核排名通报", "本期无排名对象。");
	}

	/** Adds a second street with a community beside S91, keeping every grid of the case fixtures as it is. */
	private void secondStreet() {
		if (api.get("/api/v1/layers/ops/grids/S92").status() == 200) {
			return;
		}
		Response response = api.post("/api/v1/layers/ops/import", """
				{"type":"FeatureCollection","features":[%s, %s, %s, %s, %s, %s]}
				""".formatted(feature("D9", "九区", null, "区", 40.1, 0, 40.2, 0.1),
				feature("S91", "一街道", "D9", "街道", 40.1, 0, 40.15, 0.05),
				feature("C911", "一社区", "S91", "社区", 40.1, 0, 40.125, 0.025),
				feature("M9111", "一微网格", "C911", "微网格", 40.1, 0, 40.1125, 0.0125),
				feature("S92", "二街道", "D9", "街道", 40.15, 0, 40.2, 0.05),
				feature("C921", "二社区", "S92", "社区", 40.15, 0, 40.175, 0.025)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	private static String feature(String code, String name, String parent, String level, double x0, double y0,
			double x1, double y1) {
		String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
		return """
				{"type":"Feature","properties":{"code":"%s","name":"%s","parent":%s,"level":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[%s]}}""".formatted(code, name,
				parent == null ? "null" : "\"" + parent + "\"", level, ring);
	}

	/** A patrol case handled by the worker who found it: found, filed and closed on time at once. */
	private void selfHandled(double[] at) {
		cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", at[0], at[1],
				"\"selfHandled\":true,\"attachments\":[\"photo://after-1\"]"));
	}

	/** A patrol case accepted and filed, left open. */
	private void filed(double[] at) {
		long id = cases.report(CaseFixtures.reportOf("PATROL", "COMPONENT", "0201", at[0], at[1], ""))
			.path("id")
			.asLong();
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
	}

	private List<String> scores(String query) {
		Response response = api.get("/api/v1/assessment/scores?" + query);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		for (JsonNode row : response.body().path("rows")) {
			rows.add(row.path("object").asString() + " " + AssessmentMonthIntegrationTests.number(row.path("score"))
					+ " " + row.path("grade").asString() + " " + row.path("rank").asInt() + " "
					+ AssessmentMonthIntegrationTests.number(row.path("change")) + " "
					+ AssessmentMonthIntegrationTests.number(row.path("yearOnYear")));
		}
		return rows;
	}

	private String html(String query) {
		BinaryResponse response = api.getBytes("/api/v1/assessment/notices?" + query);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/html");
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private List<String> csv(String query) {
		BinaryResponse response = api.getBytes("/api/v1/assessment/notices?" + query);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/csv");
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return List.of(text.substring(1).split("\r\n"));
	}

	/** The objects of the notice's table rows, in order. */
	private static List<String> objects(String html) {
		List<String> objects = new ArrayList<>();
		Matcher matcher = Pattern.compile("<tr data-object=\"([^\"]+)\">").matcher(html);
		while (matcher.find()) {
			objects.add(matcher.group(1));
		}
		return objects;
	}
}
