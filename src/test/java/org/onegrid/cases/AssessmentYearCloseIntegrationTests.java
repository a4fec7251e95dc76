package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.AssessmentMonthIntegrationTests.number;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The yearly close of 2041, a year no other test uses: refused while the year runs, published as a revision once it
 * is over, kept as published after a later correction, and published again as a visible second revision.
 */
@IntegrationTest
class AssessmentYearCloseIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aClosedYearStaysAsPublishedUntilClosedAgain() {
		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2041-03-05T09:00");
		long done = cases.handling("");
		long late = cases.handling("");
		cases.ok(done, "feedback", "\"note\":\"已处理 / Done\"");
		assertThat(api.post("/api/v1/assessment/years/2041/close", "").body().findValuesAsString("code"))
			.containsExactly("NOT_OVER");
		assertThat(api.post("/api/v1/assessment/years/20x1/close", "").status()).isEqualTo(400);

		clock.setShanghai("2042-01-05T09:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
		Response closed = api.post("/api/v1/assessment/years/2041/close", "");
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(201);
		assertThat(closed.body().path("revision").asInt()).isEqualTo(1);
		assertThat(handled()).isEqualTo("1 rev 1");

		clock.setShanghai("2041-12-30T10:00");
		cases.ok(late, "feedback", "\"note\":\"补录的处置 / Recorded late\"");
		clock.setShanghai("2042-01-06T09:00");
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
		assertThat(handled()).as("the published year ignores later events").isEqualTo("1 rev 1");

		assertThat(api.post("/api/v1/assessment/years/2041/close", "").body().path("revision").asInt()).isEqualTo(2);
		assertThat(handled()).isEqualTo("2 rev 2");
		JsonNode year = api.get("/api/v1/assessment/years/2041").body();
		assertThat(year.path("revisions").size()).isEqualTo(2);
		assertThat(year.path("scores").path(0).path("objectType").asString()).isEqualTo("DEPARTMENT");
		noticeNamesTheDepartmentInItsLanguage();
	}

	/** The published year's notice prints the department by its name: Chinese by default, English when asked. */
	private void noticeNamesTheDepartmentInItsLanguage() {
		String code = api.get("/api/v1/assessment/indicators?period=2041&objectType=department").body()
			.path("rows").path(0).path("object").asString();
		JsonNode department = api.get("/api/v1/departments/" + code).body();
		String zh = notice("");
		assertThat(zh).contains("<html lang=\"zh-CN\">", "<title>2041年度职能部门网格化工作考核排名通报</title>",
				"已发布:第2版", "<td>" + code + "</td><td>" + department.path("nameZh").asString() + "</td>");
		String en = notice("&lang=en");
		assertThat(en).contains("<html lang=\"en\">",
				"<title>Grid management assessment ranking of departments, year 2041</title>", "Published: revision 2",
				"<th>Rank</th>", "<td>" + code + "</td><td>" + department.path("nameEn").asString() + "</td>");
		assertThat(notice("&lang=fr")).contains("lang must be zh or en");
	}

	private String notice(String query) {
		var response = api.getBytes("/api/v1/assessment/notices?period=2041&objectType=department" + query);
		return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private String handled() {
		Response response = api.get("/api/v1/assessment/indicators?period=2041&objectType=department");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode row = response.body().path("rows").path(0);
		return number(row.path("values").path("handled")) + " rev " + number(response.body().path("revision"));
	}
}
