package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onegrid.cases.CaseFixtures.strings;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.access.Grant;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Optimistic versioning: a stale version is refused, and of two dispatches at the same instant exactly one wins.
 * Also the plain refusals: illegal transitions, unknown actions and unknown cases.
 */
@IntegrationTest
class CaseConcurrencyIntegrationTests {

	private static final List<String> DEPARTMENTS = List.of("municipal-works", "urban-management");

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	Lifecycle lifecycle;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-13T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void refusesAnActionWithAStaleVersionAndShowsTheCurrentOne() {
		long id = cases.filed("");
		int version = cases.get(id).path("version").asInt();
		Response stale = cases.attempt(id, "dispatch", "\"version\":" + (version - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("state").asString()).isEqualTo("FILED");
		assertThat(stale.body().path("version").asInt()).isEqualTo(version);
		assertThat(strings(stale.body().path("allowedActions"), null)).contains("dispatch");
		assertThat(cases.timelineActions(id)).doesNotContain("dispatch");

		JsonNode dispatched = cases.ok(id, "dispatch", "\"version\":" + version);
		assertThat(dispatched.path("version").asInt()).isEqualTo(version + 1);
	}

	@Test
	void onlyOneOfTwoConcurrentDispatchesWithTheSameVersionSucceeds() {
		long id = cases.filed("");
		int version = cases.get(id).path("version").asInt();
		List<Response> responses = CaseFixtures.inParallel(2, thread -> cases.attempt(id, "dispatch",
				"\"version\":" + version + ",\"department\":\"" + DEPARTMENTS.get(thread) + "\""));

		assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
		Response winner = responses.get(0).status() == 200 ? responses.get(0) : responses.get(1);
		Response loser = responses.get(0).status() == 200 ? responses.get(1) : responses.get(0);
		assertThat(loser.body().path("version").asInt()).isEqualTo(version + 1);
		JsonNode stored = cases.get(id);
		assertThat(cases.timelineActions(id).stream().filter("dispatch"::equals)).hasSize(1);
		assertThat(stored.path("assignment").path("lead").asString())
			.isEqualTo(winner.body().path("assignment").path("lead").asString());
	}

	@Test
	void onlyOneOfTwoConcurrentDispatchesWithoutVersionSucceedsThroughTheLifecycle() {
		long id = cases.filed("");
		List<Object> outcomes = CaseFixtures.inParallel(2, thread -> {
			try {
				return lifecycle.act(id, "dispatch", new ActionRequest(null, "dispatcher-" + thread, null, null, null,
						null, null, null, null, null, null, null, DEPARTMENTS.get(thread), null, null, null, null, null,
						null, null, null, null), Grant.system("bench"));
			}
			catch (CaseConflict conflict) {
				return conflict;
			}
		});

		assertThat(outcomes).hasAtLeastOneElementOfType(CaseView.class).hasAtLeastOneElementOfType(CaseConflict.class);
		CaseView winner = (CaseView) outcomes.stream().filter(CaseView.class::isInstance).findFirst().orElseThrow();
		assertThat(cases.timelineActions(id).stream().filter("dispatch"::equals)).hasSize(1);
		assertThat(cases.get(id).path("assignment").path("lead").asString()).isEqualTo(winner.assignment().lead());
	}

	@Test
	void illegalTransitionIs409WithTheAllowedActions() {
		long id = cases.handling("");
		Response close = cases.attempt(id, "close", "\"conditionMet\":true");
		assertThat(close.status()).isEqualTo(409);
		assertThat(close.contentType()).startsWith("application/problem+json");
		assertThat(close.body().path("state").asString()).isEqualTo("HANDLING");
		assertThat(strings(close.body().path("allowedActions"), null)).contains("feedback", "request-postponement",
				"escalate").doesNotContain("close");
		assertThat(close.body().path("detail").asString()).contains("close", "HANDLING");
	}

	@Test
	void unknownActionIs404() {
		long id = cases.filed("");
		assertThat(cases.attempt(id, "teleport", "").status()).isEqualTo(404);
		assertThat(cases.attempt(id, "DISPATCH", "").status()).isEqualTo(404);
		assertThat(cases.timelineActions(id)).containsExactly("report", "accept", "file");
	}

	@Test
	void unknownCaseIs404() {
		assertThat(api.get("/api/v1/cases/999999999").status()).isEqualTo(404);
		assertThat(cases.attempt(999_999_999L, "accept", "").status()).isEqualTo(404);
		assertThatThrownBy(() -> lifecycle.act(999_999_999L, "accept", ActionRequest.by("op-1", null),
				Grant.system("test")))
			.hasMessageContaining("999999999");
	}
}
