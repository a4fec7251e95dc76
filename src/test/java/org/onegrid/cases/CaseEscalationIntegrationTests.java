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
 * Pressure from above: escalation (上报) up the grid trail, and supervision and urging notices (督办 / 催办).
 */
@IntegrationTest
class CaseEscalationIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-10T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void escalatesUpTheTrailRestartingTheDispatchClockUntilTheTop() {
		long id = cases.filed("");
		assertThat(cases.get(id).path("handlingGrid").asString()).isEqualTo("C911");
		clock.advance(Duration.ofHours(2));
		assertThat(errors(cases.attempt(id, "escalate", ""), 400)).containsExactly("reason:REQUIRED");

		JsonNode street = cases.ok(id, "escalate", "\"reason\":\"社区无力处置 / Beyond the community\"");
		assertThat(street.path("state").asString()).isEqualTo("FILED");
		assertThat(street.path("handlingGrid").asString()).isEqualTo("S91");
		assertThat(street.path("escalationCount").asInt()).isEqualTo(1);
		assertThat(street.path("clock").path("stage").asString()).isEqualTo("DISPATCH");
		assertThat(street.path("clock").path("startedAt").asString()).isEqualTo("2026-03-10T03:00:00Z");
		assertThat(street.path("clock").path("deadline").asString()).isEqualTo("2026-03-11T09:30:00Z");
		JsonNode entry = street.path("timeline").get(3);
		assertThat(entry.path("details").path("fromGrid").asString()).isEqualTo("C911");
		assertThat(entry.path("details").path("toGrid").asString()).isEqualTo("S91");

		clock.advance(Duration.ofDays(1));
		JsonNode district = cases.ok(id, "escalate", "\"reason\":\"街道无力处置 / Beyond the street\"");
		assertThat(district.path("handlingGrid").asString()).isEqualTo("D9");
		assertThat(district.path("escalationCount").asInt()).isEqualTo(2);
		assertThat(district.path("clock").path("startedAt").asString()).isEqualTo("2026-03-11T03:00:00Z");
		assertThat(district.path("clock").path("deadline").asString()).isEqualTo("2026-03-12T09:30:00Z");
		assertThat(strings(district.path("allowedActions"), null)).contains("dispatch").doesNotContain("escalate");

		Response top = cases.attempt(id, "escalate", "\"reason\":\"没有更高层级 / Nowhere higher\"");
		assertThat(top.status()).isEqualTo(409);
		assertThat(top.body().path("state").asString()).isEqualTo("FILED");
		assertThat(cases.get(id).path("handlingGrid").asString()).isEqualTo("D9");
	}

	@Test
	void escalatingACaseInHandlingTakesItFromItsDepartmentToBeDispatchedAgain() {
		long id = cases.handling("");
		JsonNode escalated = cases.ok(id, "escalate", "\"reason\":\"部门无法处置 / The department cannot\"");
		assertThat(escalated.path("state").asString()).isEqualTo("FILED");
		assertThat(escalated.path("assignment").isNull()).isTrue();
		assertThat(escalated.path("handlingGrid").asString()).isEqualTo("S91");
		assertThat(escalated.path("clock").path("stage").asString()).isEqualTo("DISPATCH");
	}

	@Test
	void supervisionNoticeGoesToTheLeadDepartmentAndIsAnswered() {
		long id = cases.handling("");
		assertThat(errors(cases.attempt(id, "supervise", "\"noticeKind\":\"SHOUT\",\"note\":\"快\""), 400))
			.containsExactly("noticeKind:UNKNOWN");

		JsonNode urged = cases.ok(id, "supervise", "\"noticeKind\":\"URGE\",\"note\":\"请尽快处置 / Please hurry\"");
		assertThat(urged.path("state").asString()).isEqualTo("HANDLING");
		JsonNode notice = urged.path("notices").get(0);
		assertThat(notice.path("id").asInt()).isEqualTo(1);
		assertThat(notice.path("kind").asString()).isEqualTo("URGE");
		assertThat(notice.path("addressee").asString()).isEqualTo("municipal-works");
		assertThat(notice.path("answeredAt").isNull()).isTrue();
		assertThat(strings(urged.path("allowedActions"), null)).contains("answer-supervision");

		assertThat(cases.attempt(id, "answer-supervision", "\"noticeId\":2,\"note\":\"已在处理\"").status())
			.isEqualTo(409);
		clock.advance(Duration.ofMinutes(30));
		JsonNode answered = cases.ok(id, "answer-supervision",
				"\"noticeId\":1,\"note\":\"今日完成 / Done today\"");
		JsonNode closedNotice = answered.path("notices").get(0);
		assertThat(closedNotice.path("answer").asString()).isEqualTo("今日完成 / Done today");
		assertThat(closedNotice.path("answeredAt").asString()).isEqualTo("2026-03-10T01:30:00Z");
		assertThat(strings(answered.path("allowedActions"), null)).doesNotContain("answer-supervision");
		assertThat(cases.attempt(id, "answer-supervision", "\"noticeId\":1,\"note\":\"再答\"").status())
			.isEqualTo(409);
		assertThat(cases.timelineActions(id)).endsWith("supervise", "answer-supervision");
	}

	@Test
	void supervisionBeforeDispatchGoesToTheHandlingGrid() {
		long id = cases.filed("");
		JsonNode supervised = cases.ok(id, "supervise", "\"note\":\"请督办 / Supervise this\"");
		JsonNode notice = supervised.path("notices").get(0);
		assertThat(notice.path("kind").asString()).isEqualTo("SUPERVISE");
		assertThat(notice.path("addressee").asString()).isEqualTo("grid:C911");
		assertThat(errors(cases.attempt(id, "answer-supervision", "\"note\":\"收到\""), 400))
			.containsExactly("noticeId:REQUIRED");
	}
}
