package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.ModuleEvents;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Automatic supervision (自动督办) as a district's rule: a case whose handling runs overdue is supervised by the
 * centre with the rule's note, once, however often the sweep runs; a light no rule names, or a disabled rule, sends
 * nothing; and only who keeps the district's rules may change them, each refusal naming its fields.
 */
@IntegrationTest
class CaseAutoSupervisionIntegrationTests {

	private static final String RULES = "/api/v1/supervision-rules";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LightSweep sweep;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-04-13T09:00");
	}

	@AfterEach
	void removeRulesAndResetClock() {
		for (JsonNode rule : api.get(RULES).body()) {
			api.delete(RULES + "/" + rule.path("code").asString());
		}
		clock.reset();
	}

	@Test
	void anOverdueCaseIsSupervisedOnceWithTheRulesNote() {
		Response stored = api.put(RULES + "/handle-overdue", """
				{"stage":"HANDLE","light":"RED","noticeKind":"SUPERVISE","note":"超期未办结,自动督办 / Overdue"}""");
		assertThat(stored.status()).as(stored.body().toString()).isEqualTo(200);
		assertThat(stored.body().path("enabled").asBoolean()).isTrue();
		long id = cases.filed("");
		cases.ok(id, "dispatch", "");

		clock.set(Instant.parse("2026-04-17T08:00:00Z"));
		sweep.sweep();
		ModuleEvents.awaitTakenIn(jdbc, "notification");
		assertThat(cases.get(id).path("notices").size()).as("yellow names no rule").isZero();

		clock.set(Instant.parse("2026-04-20T09:30:00Z"));
		sweep.sweep();
		sweep.sweep();
		ModuleEvents.awaitTakenIn(jdbc, "notification");
		JsonNode overdue = cases.get(id);
		assertThat(overdue.path("notices").size()).isEqualTo(1);
		JsonNode notice = overdue.path("notices").get(0);
		assertThat(notice.path("kind").asString()).isEqualTo("SUPERVISE");
		assertThat(notice.path("note").asString()).isEqualTo("超期未办结,自动督办 / Overdue");
		assertThat(cases.timelineActions(id).stream().filter("supervise"::equals).count()).isEqualTo(1);
		assertThat(overdue.path("allowedActions").toString()).contains("answer-supervision");
	}

	@Test
	void aDisabledRuleSendsNothing() {
		assertThat(api.put(RULES + "/handle-overdue", """
				{"stage":"HANDLE","light":"RED","noticeKind":"URGE","note":"催办","enabled":false}""").status())
			.isEqualTo(200);
		long id = cases.filed("");
		cases.ok(id, "dispatch", "");

		clock.set(Instant.parse("2026-04-20T09:30:00Z"));
		sweep.sweep();
		ModuleEvents.awaitTakenIn(jdbc, "notification");

		assertThat(cases.get(id).path("clock").path("light").asString()).isEqualTo("RED");
		assertThat(cases.get(id).path("notices").size()).isZero();
	}

	@Test
	void badRulesAreRefusedFieldByFieldAndOnlyRuleKeepersMayChangeThem() {
		Response bad = api.put(RULES + "/Bad Code", """
				{"stage":"NOPE","light":"GREEN","noticeKind":"SHOUT","note":" "}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("code", "stage", "light", "noticeKind", "note");

		assertThat(api.put(RULES + "/check-late", """
				{"stage":"CHECK","light":"RED","noticeKind":"URGE","note":"核查超期"}""").status()).isEqualTo(200);
		Response taken = api.put(RULES + "/check-late-again", """
				{"stage":"CHECK","light":"RED","noticeKind":"SUPERVISE","note":"核查超期"}""");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(fields(taken)).containsExactly("light");
		assertThat(api.get(RULES + "/check-late-again").status()).isEqualTo(404);

		TestApi handler = api.as("handler-municipal-works", TestStaff.PASSWORD);
		assertThat(handler.get(RULES).status()).isEqualTo(403);
		assertThat(handler.put(RULES + "/x", "{}").status()).isEqualTo(403);
		assertThat(api.anonymous().get(RULES).status()).isEqualTo(401);
	}

	private static List<String> fields(Response response) {
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields;
	}
}
