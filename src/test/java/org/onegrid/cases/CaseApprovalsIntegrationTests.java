package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.strings;

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
 * Side paths that need approval: postponement (延期), suspension (挂账) and voiding (作废).
 * <p>
 * Cases are dispatched on Monday 2 November 2026 at 09:00, so their five-day handling deadline is Monday 9 November
 * at 17:30 and the fifteen-day handling cap Monday 23 November at 17:30.
 */
@IntegrationTest
class CaseApprovalsIntegrationTests {

	private static final String DEADLINE = "2026-11-09T09:30:00Z";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	LightSweep sweep;

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
	void approvedPostponementMovesTheHandlingDeadlineByWorkingDays() {
		long id = cases.handling("");
		assertThat(cases.get(id).path("clock").path("deadline").asString()).isEqualTo(DEADLINE);

		JsonNode requested = cases.ok(id, "request-postponement", "\"days\":2,\"reason\":\"等待材料 / Waiting for parts\"");
		assertThat(requested.path("pendingRequest").path("kind").asString()).isEqualTo("POSTPONEMENT");
		assertThat(requested.path("pendingRequest").path("days").asInt()).isEqualTo(2);
		assertThat(requested.path("clock").path("deadline").asString()).isEqualTo(DEADLINE);
		assertThat(strings(requested.path("allowedActions"), null)).contains("approve", "deny")
			.doesNotContain("request-postponement", "request-suspension", "request-void");

		JsonNode approved = cases.ok(id, "approve", "");
		assertThat(approved.path("clock").path("deadline").asString()).isEqualTo("2026-11-11T09:30:00Z");
		assertThat(approved.path("postponedDays").asInt()).isEqualTo(2);
		assertThat(approved.path("pendingRequest").isNull()).isTrue();
		assertThat(approved.path("state").asString()).isEqualTo("HANDLING");
		assertThat(cases.timelineActions(id)).endsWith("request-postponement", "approve");
	}

	@Test
	void deniedPostponementKeepsTheDeadline() {
		long id = cases.handling("");
		cases.ok(id, "request-postponement", "\"days\":3,\"reason\":\"等待材料 / Waiting for parts\"");
		assertThat(errors(cases.attempt(id, "deny", ""), 400)).containsExactly("reason:REQUIRED");

		JsonNode denied = cases.ok(id, "deny", "\"reason\":\"材料已到 / Parts are in stock\"");
		assertThat(denied.path("clock").path("deadline").asString()).isEqualTo(DEADLINE);
		assertThat(denied.path("postponedDays").asInt()).isZero();
		assertThat(denied.path("pendingRequest").isNull()).isTrue();
		assertThat(strings(denied.path("allowedActions"), null)).contains("request-postponement");
	}

	@Test
	void refusesAPostponementPastFifteenWorkingDaysFromDispatch() {
		long id = cases.handling("");
		assertThat(errors(cases.attempt(id, "request-postponement", "\"days\":16,\"reason\":\"久\""), 400))
			.containsExactly("days:OUT_OF_RANGE");
		assertThat(errors(cases.attempt(id, "request-postponement", "\"reason\":\"久\""), 400))
			.containsExactly("days:OUT_OF_RANGE");

		Response tooLong = cases.attempt(id, "request-postponement", "\"days\":11,\"reason\":\"工程量大 / Big job\"");
		assertThat(tooLong.status()).isEqualTo(409);
		assertThat(tooLong.body().path("detail").asString()).contains("2026-11-23T09:30:00Z");
		assertThat(cases.get(id).path("pendingRequest").isNull()).isTrue();

		cases.ok(id, "request-postponement", "\"days\":10,\"reason\":\"工程量大 / Big job\"");
		JsonNode approved = cases.ok(id, "approve", "");
		assertThat(approved.path("clock").path("deadline").asString()).isEqualTo("2026-11-23T09:30:00Z");
		assertThat(cases.attempt(id, "request-postponement", "\"days\":1,\"reason\":\"再延 / Once more\"").status())
			.isEqualTo(409);
	}

	@Test
	void refusesAPostponementPastTheMaximumOfTheDistrictHoldingTheCase() {
		Response district = api.put("/api/v1/districts/approvals.example", """
				{"name":"九区","layer":"ops","grid":"D9"}""");
		assertThat(district.status()).as(district.body().toString()).isEqualTo(201);
		try {
			assertThat(api.put("/api/v1/catalogue/district-limits/approvals.example", "{\"maxWorkingDays\":7}")
				.status()).isEqualTo(200);
			long id = cases.handling("");
			assertThat(cases.get(id).path("clock").path("deadline").asString()).isEqualTo(DEADLINE);
			Response tooLong = cases.attempt(id, "request-postponement", "\"days\":3,\"reason\":\"工程量大\"");
			assertThat(tooLong.status()).as(tooLong.body().toString()).isEqualTo(409);
			assertThat(tooLong.body().path("detail").asString()).as("seven working days from dispatch")
				.contains("2026-11-11T09:30:00Z");
			cases.ok(id, "request-postponement", "\"days\":2,\"reason\":\"工程量大\"");
			assertThat(cases.ok(id, "approve", "").path("clock").path("deadline").asString())
				.isEqualTo("2026-11-11T09:30:00Z");

			api.put("/api/v1/catalogue/district-limits/approvals.example", "{\"maxWorkingDays\":3}");
			assertThat(cases.get(cases.handling("")).path("clock").path("deadline").asString())
				.as("a five-day limit runs three days in the district").isEqualTo("2026-11-05T09:30:00Z");
		}
		finally {
			api.delete("/api/v1/districts/approvals.example");
		}
	}

	@Test
	void suspendedCaseStopsItsClockAndResumesWithTheTimeItHadLeft() {
		long id = cases.handling("");
		cases.ok(id, "request-suspension", "\"reason\":\"等待法院判决 / Awaiting a court ruling\"");
		JsonNode suspended = cases.ok(id, "approve", "");
		assertThat(suspended.path("state").asString()).isEqualTo("SUSPENDED");
		assertThat(suspended.path("clock").path("pausedRemainingSeconds").asLong()).isEqualTo(47 * 3600 + 1800);
		assertThat(strings(suspended.path("allowedActions"), null)).containsExactlyInAnyOrder("resume", "supervise");

		clock.setShanghai("2026-12-02T09:00");
		sweep.sweep();
		JsonNode still = cases.get(id);
		assertThat(still.path("clock").path("light").asString()).isEqualTo("GREEN");
		assertThat(cases.timelineActions(id)).doesNotContain("light-yellow", "light-red");

		JsonNode resumed = cases.ok(id, "resume", "");
		assertThat(resumed.path("state").asString()).isEqualTo("HANDLING");
		assertThat(resumed.path("clock").path("pausedRemainingSeconds").isNull()).isTrue();
		assertThat(resumed.path("clock").path("deadline").asString()).isEqualTo("2026-12-09T09:30:00Z");
		assertThat(resumed.path("clock").path("light").asString()).isEqualTo("GREEN");
		assertThat(cases.timelineActions(id)).endsWith("request-suspension", "approve", "resume");
	}

	@Test
	void approvedVoidEndsTheCaseWithNoActionsLeft() {
		long id = cases.filed("");
		assertThat(errors(cases.attempt(id, "request-void", ""), 400)).containsExactly("reason:REQUIRED");
		cases.ok(id, "request-void", "\"reason\":\"重复录入 / Entered twice\"");
		assertThat(cases.attempt(id, "request-suspension", "\"reason\":\"另一个 / Another\"").status()).isEqualTo(409);

		JsonNode voided = cases.ok(id, "approve", "");
		assertThat(voided.path("state").asString()).isEqualTo("VOIDED");
		assertThat(voided.path("open").asBoolean()).isFalse();
		assertThat(voided.path("clock").isNull()).isTrue();
		assertThat(voided.path("allowedActions")).isEmpty();
		Response dispatch = cases.attempt(id, "dispatch", "");
		assertThat(dispatch.status()).isEqualTo(409);
		assertThat(dispatch.body().path("allowedActions")).isEmpty();
	}

	@Test
	void deniedVoidLeavesTheCaseOpen() {
		long id = cases.filed("");
		cases.ok(id, "request-void", "\"reason\":\"重复录入 / Entered twice\"");
		JsonNode denied = cases.ok(id, "deny", "\"reason\":\"并非重复 / Not a duplicate\"");
		assertThat(denied.path("state").asString()).isEqualTo("FILED");
		assertThat(strings(denied.path("allowedActions"), null)).contains("dispatch", "request-void");
	}
}
