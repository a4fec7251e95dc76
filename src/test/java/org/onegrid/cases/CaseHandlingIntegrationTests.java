package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.strings;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * From dispatch to evaluation: signing for or returning a case, joint handling (联办), checking with rework (返工),
 * closing and the citizen's evaluation (回访).
 */
@IntegrationTest
class CaseHandlingIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-09T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void returnsCaseToDispatcherAndRedispatches() {
		long id = cases.filed("");
		cases.ok(id, "dispatch", "");
		assertThat(errors(cases.attempt(id, "return", ""), 400)).containsExactly("reason:REQUIRED");

		clock.advance(Duration.ofHours(1));
		JsonNode returned = cases.ok(id, "return", "\"reason\":\"不属本单位职责 / Not ours\"");
		assertThat(returned.path("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.path("returnCount").asInt()).isEqualTo(1);
		assertThat(returned.path("clock").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(returned.path("clock").path("startedAt").asString()).isEqualTo("2026-03-09T02:00:00Z");
		assertThat(strings(returned.path("allowedActions"), null)).contains("dispatch").doesNotContain("sign");

		JsonNode redispatched = cases.ok(id, "dispatch", "\"department\":\"urban-management\"");
		assertThat(redispatched.path("state").asString()).isEqualTo("DISPATCHED");
		assertThat(redispatched.path("assignment").path("lead").asString()).isEqualTo("urban-management");
		assertThat(cases.ok(id, "sign", "").path("state").asString()).isEqualTo("HANDLING");
		assertThat(cases.timelineActions(id)).containsExactly("report", "accept", "file", "dispatch", "return",
				"dispatch", "sign");
		assertThat(cases.get(id).path("returnCount").asInt()).isEqualTo(1);
	}

	@Test
	void leadFeedbackWaitsUntilEveryAssistingDepartmentFedBack() {
		long id = cases.filed("");
		JsonNode dispatched = cases.ok(id, "dispatch",
				"\"department\":\"municipal-works\",\"assistingDepartments\":[\"greening\",\"sanitation\"]");
		assertThat(strings(dispatched.path("assignment").path("assisting"), "department"))
			.containsExactly("greening", "sanitation");
		cases.ok(id, "sign", "");

		Response early = cases.attempt(id, "feedback", "\"note\":\"已修补 / Patched\"");
		assertThat(early.status()).isEqualTo(409);
		assertThat(strings(early.body().path("allowedActions"), null)).contains("assist-feedback")
			.doesNotContain("feedback");
		assertThat(cases.attempt(id, "assist-feedback", "\"department\":\"water\",\"note\":\"无\"").status())
			.isEqualTo(409);
		assertThat(errors(cases.attempt(id, "assist-feedback", "\"department\":\"greening\""), 400))
			.containsExactly("note:REQUIRED");

		JsonNode one = cases.ok(id, "assist-feedback", "\"department\":\"greening\",\"note\":\"绿化已恢复 / Replanted\"");
		assertThat(one.path("state").asString()).isEqualTo("HANDLING");
		assertThat(one.path("assignment").path("assisting").get(0).path("fedBackAt").isNull()).isFalse();
		assertThat(cases.attempt(id, "feedback", "\"note\":\"已修补 / Patched\"").status()).isEqualTo(409);
		cases.ok(id, "assist-feedback", "\"department\":\"sanitation\",\"note\":\"已清运 / Cleared\"");

		JsonNode handled = cases.ok(id, "feedback", "\"note\":\"已修补 / Patched\"");
		assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
		assertThat(cases.timelineActions(id)).endsWith("sign", "assist-feedback", "assist-feedback", "feedback");
		assertThat(cases.total("department=sanitation&category=0201")).isPositive();
	}

	@Test
	void failedCheckSendsTheCaseBackForReworkWithANewHandlingDeadline() {
		long id = cases.handling("");
		assertThat(cases.get(id).path("clock").path("deadline").asString()).isEqualTo("2026-03-16T09:30:00Z");
		clock.advance(Duration.ofDays(1));
		cases.ok(id, "feedback", "\"note\":\"已修补 / Patched\"");
		assertThat(errors(cases.attempt(id, "check", ""), 400)).containsExactly("passed:REQUIRED");

		JsonNode rework = cases.ok(id, "check", "\"passed\":false,\"note\":\"仍有坑槽 / Still a hole\"");
		assertThat(rework.path("state").asString()).isEqualTo("HANDLING");
		assertThat(rework.path("reworkCount").asInt()).isEqualTo(1);
		assertThat(rework.path("clock").path("stage").asString()).isEqualTo("HANDLE");
		assertThat(rework.path("clock").path("startedAt").asString()).isEqualTo("2026-03-10T01:00:00Z");
		assertThat(rework.path("clock").path("deadline").asString()).isEqualTo("2026-03-17T09:30:00Z");

		cases.ok(id, "feedback", "\"note\":\"已返工 / Redone\"");
		JsonNode checked = cases.ok(id, "check", "\"passed\":true");
		assertThat(checked.path("state").asString()).isEqualTo("CHECKED");
		assertThat(errors(cases.attempt(id, "close", ""), 400)).containsExactly("conditionMet:NOT_CONFIRMED");
		JsonNode closed = cases.ok(id, "close", "\"conditionMet\":true");
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("closedAt").asString()).isEqualTo("2026-03-10T01:00:00Z");
		assertThat(closed.path("reworkCount").asInt()).isEqualTo(1);
		assertThat(strings(closed.path("allowedActions"), null)).containsExactly("evaluate");

		assertThat(errors(cases.attempt(id, "evaluate", ""), 400)).containsExactly("satisfaction:REQUIRED");
		JsonNode evaluated = cases.ok(id, "evaluate", "\"satisfaction\":\"DISSATISFIED\"");
		assertThat(evaluated.path("state").asString()).isEqualTo("EVALUATED");
		assertThat(evaluated.path("satisfaction").asString()).isEqualTo("DISSATISFIED");
		Response twice = cases.attempt(id, "evaluate", "\"satisfaction\":\"SATISFIED\"");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body().path("state").asString()).isEqualTo("EVALUATED");
		assertThat(cases.get(id).path("satisfaction").asString()).isEqualTo("DISSATISFIED");
	}
}
