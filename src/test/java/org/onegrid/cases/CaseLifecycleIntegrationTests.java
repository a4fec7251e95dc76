package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CaseLifecycleIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-11-02T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void walksTheMainPathFromReportToEvaluation() {
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		long id = reported.path("id").asLong();
		assertThat(reported.path("state").asString()).isEqualTo("REPORTED");
		assertThat(reported.path("caseNo").asString()).matches("20261102-[0-9]{6}");
		assertThat(reported.path("handlingGrid").asString()).isEqualTo("C911");
		assertThat(reported.path("gridTrails").get(0).path("grids")).extracting(g -> g.path("code").asString())
			.containsExactly("M9111", "C911", "S91", "D9");
		assertThat(reported.path("clock").path("stage").asString()).isEqualTo("ACCEPT");
		assertThat(reported.path("clock").path("deadline").asString()).isEqualTo("2026-11-03T09:30:00Z");
		assertThat(reported.path("allowedActions")).extracting(JsonNode::asString).contains("accept", "reject");

		cases.ok(id, "accept", "");
		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(filed.path("state").asString()).isEqualTo("FILED");
		assertThat(filed.path("responsibility").path("leadDepartment").asString()).isEqualTo("municipal-works");
		JsonNode dispatched = cases.ok(id, "dispatch", "");
		assertThat(dispatched.path("assignment").path("lead").asString()).isEqualTo("municipal-works");
		assertThat(dispatched.path("clock").path("stage").asString()).isEqualTo("HANDLE");
		assertThat(dispatched.path("clock").path("deadline").asString()).isEqualTo("2026-11-09T09:30:00Z");
		cases.ok(id, "sign", "");
		clock.advance(Duration.ofHours(3));
		cases.ok(id, "feedback", "\"note\":\"已修补 / Patched\",\"attachments\":[\"photo://after-1\"]");
		cases.ok(id, "check", "\"passed\":true");
		JsonNode closed = cases.ok(id, "close", "\"conditionMet\":true");
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("open").asBoolean()).isFalse();
		JsonNode evaluated = cases.ok(id, "evaluate", "\"satisfaction\":\"SATISFIED\"");
		assertThat(evaluated.path("state").asString()).isEqualTo("EVALUATED");
		assertThat(evaluated.path("allowedActions")).isEmpty();

		JsonNode timeline = cases.get(id).path("timeline");
		List<String> actions = new ArrayList<>();
		timeline.forEach(entry -> actions.add(entry.path("action").asString()));
		assertThat(actions).containsExactly("report", "accept", "file", "dispatch", "sign", "feedback", "check",
				"close", "evaluate");
		assertThat(timeline.get(5).path("attachments").get(0).asString()).isEqualTo("photo://after-1");
		assertThat(timeline.get(5).path("actor").asString()).isEqualTo("admin");
		assertThat(timeline.get(5).path("role").asString()).isEqualTo("admin");
		assertThat(timeline.get(5).path("at").asString()).isEqualTo("2026-11-02T04:00:00Z");
	}

	@Test
	void refusesAnActionTheStateDoesNotAllowWith409AndTheAllowedActions() {
		long id = cases.report(CaseFixtures.patrolReport("")).path("id").asLong();
		var response = cases.act(id, "dispatch", "{\"actor\":\"op-1\"}");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body().path("state").asString()).isEqualTo("REPORTED");
		assertThat(response.body().path("allowedActions")).extracting(JsonNode::asString).contains("accept");
		assertThat(cases.get(id).path("timeline")).hasSize(1);
	}
}
