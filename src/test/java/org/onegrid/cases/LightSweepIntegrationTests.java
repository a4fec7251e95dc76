package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A burst: many cases whose lights fall due at the same instant all turn in one pass, each once, with its timeline
 * entry, its stored clock and its version moving together, so that the next step on the case still fits.
 */
@IntegrationTest
class LightSweepIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep sweep;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void turnsEveryLightDueAtOneInstantOnceWithItsEntryAndVersion() {
		CaseFixtures cases = new CaseFixtures(api);
		clock.setShanghai("2026-05-11T09:00");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(cases.filed(""));
		}
		List<Integer> versions = ids.stream().map(id -> cases.get(id).path("version").asInt()).toList();

		clock.setShanghai("2026-05-20T09:00");
		assertThat(sweep.sweep()).isGreaterThanOrEqualTo(ids.size());
		assertThat(sweep.sweep()).isZero();
		for (int i = 0; i < ids.size(); i++) {
			JsonNode c = cases.get(ids.get(i));
			assertThat(c.path("clock").path("light").asString()).isEqualTo("RED");
			assertThat(c.path("version").asInt()).isEqualTo(versions.get(i) + 1);
			List<String> actions = CaseFixtures.strings(c.path("timeline"), "action");
			assertThat(actions.stream().filter(action -> action.startsWith("light-"))).containsExactly("light-red");
			JsonNode entry = c.path("timeline").get(actions.size() - 1);
			assertThat(entry.path("details").path("stage").asString()).isEqualTo("DISPATCH");
			assertThat(entry.path("details").path("deadline").asString())
				.isEqualTo(c.path("clock").path("deadline").asString());
			assertThat(cases.ok(ids.get(i), "dispatch", "\"version\":" + c.path("version").asInt()).path("state")
				.asString()).isEqualTo("DISPATCHED");
		}
	}
}
