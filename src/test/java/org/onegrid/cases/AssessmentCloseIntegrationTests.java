package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.AssessmentMonthIntegrationTests.number;
import static org.onegrid.cases.CaseFixtures.errors;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The monthly close of May 2028, a month no other test uses: what was published stays published after a later
 * correction, closing again publishes a visible second revision, and June's change is against May's latest revision.
 */
@IntegrationTest
class AssessmentCloseIntegrationTests {

	private static final String WORKS = "municipal-works";

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
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aClosedMonthStaysAsPublishedUntilClosedAgain() {
		clock.setShanghai("2028-05-02T09:00");
		long x = cases.handling("");
		long y = cases.handling("");
		assertThat(cases.get(x).path("assignment").path("lead").asString()).isEqualTo(WORKS);
		Instant yDeadline = Instant.parse(cases.get(y).path("clock").path("deadline").asString());
		assertThat(yDeadline).isBefore(Instant.parse("2028-05-25T00:00:00Z"));
		clock.setShanghai("2028-05-02T10:00");
		cases.ok(x, "feedback", "\"note\":\"已处理 / Done\"");

		clock.setShanghai("2028-05-20T09:00");
		assertThat(errors(api.post("/api/v1/assessment/months/2028-05/close", ""), 400))
			.containsExactly("month:NOT_OVER");

		clock.setShanghai("2028-06-02T09:00");
		awaitFacts();
		Response closed = api.post("/api/v1/assessment/months/2028-05/close", "");
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(201);
		assertThat(closed.body().path("revision").asInt()).isEqualTo(1);
		assertThat(closed.body().path("closedBy").asString()).isEqualTo("admin");
		assertThat(closed.body().path("asOf").asString()).isEqualTo("2028-05-31T16:00:00Z");
		// X handled on time, Y pending past its deadline: 30×0.5 + 20×0.5 + 20×1 + 20×(1 − 0.5) + 10×1 = 65 (中).
		assertThat(works("indicators", "handled")).isEqualTo("1 rev 1");
		assertThat(worksScore("2028-05")).isEqualTo("65 中 1 rev 1");

		clock.setShanghai("2028-05-25T10:00");
		cases.ok(y, "feedback", "\"note\":\"补录的处置 / Recorded late\"");
		clock.setShanghai("2028-06-03T09:00");
		awaitFacts();
		assertThat(works("indicators", "handled")).as("published figures ignore later events")
			.isEqualTo("1 rev 1");
		assertThat(worksScore("2028-05")).isEqualTo("65 中 1 rev 1");

		Response again = api.post("/api/v1/assessment/months/2028-05/close", "");
		assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
		assertThat(again.body().path("revision").asInt()).isEqualTo(2);
		// Both handled, one late, none overdue: 30×1 + 20×0.5 + 20 + 20 + 10 = 90 (优).
		assertThat(works("indicators", "handled")).isEqualTo("2 rev 2");
		assertThat(worksScore("2028-05")).isEqualTo("90 优 1 rev 2");

		JsonNode month = api.get("/api/v1/assessment/months/2028-05").body();
		assertThat(month.path("latest").path("revision").asInt()).isEqualTo(2);
		assertThat(month.path("revisions").size()).isEqualTo(2);
		assertThat(month.path("revisions").path(0).path("closedAt").asString()).isEqualTo("2028-06-02T01:00:00Z");
		assertThat(month.path("revisions").path(1).path("closedAt").asString()).isEqualTo("2028-06-03T01:00:00Z");
		assertThat(month.path("revisions").path(1).path("closedBy").asString()).isEqualTo("admin");
		assertThat(month.path("scores").path(0).path("objectType").asString()).isEqualTo("DEPARTMENT");
		assertThat(month.path("scores").path(0).path("rows").path(0).path("object").asString()).isEqualTo(WORKS);

		// June: one case handled on time scores 100, 10 more than May's latest revision.
		long z = cases.handling("");
		clock.setShanghai("2028-06-03T10:00");
		cases.ok(z, "feedback", "\"note\":\"已处理 / Done\"");
		clock.setShanghai("2028-06-03T11:00");
		awaitFacts();
		Response june = api.get("/api/v1/assessment/scores?period=2028-06&objectType=department");
		assertThat(number(june.body().path("rows").path(0).path("change"))).isEqualTo("10");
	}

	/** municipal-works' indicator in May 2028, with the revision it was read from. */
	private String works(String path, String indicator) {
		Response response = api.get("/api/v1/assessment/" + path + "?period=2028-05&objectType=department");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode row = response.body().path("rows").path(0);
		assertThat(row.path("object").asString()).isEqualTo(WORKS);
		return number(row.path("values").path(indicator)) + " rev " + number(response.body().path("revision"));
	}

	private String worksScore(String month) {
		Response response = api.get("/api/v1/assessment/scores?period=" + month + "&objectType=department");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode row = response.body().path("rows").path(0);
		assertThat(row.path("object").asString()).isEqualTo(WORKS);
		return number(row.path("score")) + " " + row.path("grade").asString() + " " + row.path("rank").asInt()
				+ " rev " + number(response.body().path("revision"));
	}

	private void awaitFacts() {
		AssessmentMonthIntegrationTests.awaitFacts(jdbc);
	}
}
