package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestClock;
import org.onegrid.access.Grant;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A case recorded from another system's past comes in with the light its dates deserve today: a case still in
 * handling whose deadline passed long ago is red at once, its yellow and red turns in its timeline at the instants
 * they fell due. The sweep then finds nothing of it to turn, so importing a district's open backlog alerts and
 * supervises nobody as if each old overdue case were news, while one still within its limit keeps its clock running.
 */
@IntegrationTest
class HistoricalLightsIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	HistoricalCases history;

	@Autowired
	LightSweep sweep;

	@Test
	void anOpenPastCaseLongOverdueIsRedWithItsTurnsAtTheirInstantsAndTheSweepLeavesItAlone() {
		CaseFixtures cases = new CaseFixtures(api);
		Instant reported = clock.instant().minus(Duration.ofDays(60)).plusNanos(919);
		long overdue = record("old", reported);
		JsonNode c = cases.get(overdue);
		JsonNode stageClock = c.path("clock");
		assertThat(c.path("state").asString()).isEqualTo("HANDLING");
		assertThat(stageClock.path("light").asString()).isEqualTo("RED");
		List<JsonNode> turns = lightEntries(c);
		assertThat(turns).extracting(turn -> turn.path("action").asString())
			.containsExactly("light-yellow", "light-red");
		assertThat(turns).extracting(turn -> turn.path("at").asString())
			.containsExactly(stageClock.path("warnAt").asString(), stageClock.path("deadline").asString());
		assertThat(turns).extracting(turn -> turn.path("actor").asString()).containsOnly("system");

		long recent = record("recent", clock.instant().minus(Duration.ofHours(2)));
		assertThat(cases.get(recent).path("clock").path("light").asString()).isEqualTo("GREEN");
		assertThat(lightEntries(cases.get(recent))).isEmpty();

		int version = c.path("version").asInt();
		sweep.sweep();
		JsonNode swept = cases.get(overdue);
		assertThat(swept.path("version").asInt()).as("the sweep turned nothing more").isEqualTo(version);
		assertThat(swept.path("timeline")).hasSize(c.path("timeline").size());
	}

	private long record(String key, Instant reported) {
		return history.record(new HistoricalCase("lights-" + key + "-" + System.nanoTime(),
				CaseFixtures.pothole(null), reported, reported.plus(Duration.ofHours(1)), "municipal-works",
				HistoricalCase.Outcome.HANDLING, null, null), Grant.system("history-test")).caseId();
	}

	private static List<JsonNode> lightEntries(JsonNode c) {
		List<JsonNode> entries = new ArrayList<>();
		c.path("timeline").forEach(entry -> {
			if (entry.path("action").asString().startsWith("light-")) {
				entries.add(entry);
			}
		});
		return entries;
	}
}
