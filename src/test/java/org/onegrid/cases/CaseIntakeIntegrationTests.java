package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onegrid.cases.CaseFixtures.LAT;
import static org.onegrid.cases.CaseFixtures.LON;
import static org.onegrid.cases.CaseFixtures.errors;
import static org.onegrid.cases.CaseFixtures.reportOf;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Intake: self-handling on the spot (自处理) and idempotent retries by request id.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseIntakeIntegrationTests {

	private static final String EVIDENCE = "\"attachments\":[\"photo://before-1\",\"photo://after-1\"]";

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	CaseFixtures cases;

	@BeforeEach
	void setUp() {
		cases = new CaseFixtures(api);
		clock.setShanghai("2026-03-03T10:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void selfHandledPatrolReportIsClosedAtOnceWithItsEvidence() {
		long closedBefore = cases.total("state=CLOSED&category=0205");
		JsonNode closed = cases.report(reportOf("PATROL", "COMPONENT", "0205", LON, LAT,
				"\"selfHandled\":true," + EVIDENCE));
		long id = closed.path("id").asLong();
		assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("selfHandled").asBoolean()).isTrue();
		assertThat(closed.path("open").asBoolean()).isFalse();
		assertThat(closed.path("clock").isNull()).isTrue();
		assertThat(closed.path("closedAt").asString()).isEqualTo("2026-03-03T02:00:00Z");
		assertThat(cases.timelineActions(id)).containsExactly("report", "self-handle");
		assertThat(cases.get(id).path("timeline").get(1).path("attachments")).hasSize(2);
		assertThat(cases.total("state=CLOSED&category=0205")).isEqualTo(closedBefore + 1);
		assertThat(events.stream(CaseReported.class).filter(event -> event.caseId() == id))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.selfHandled()).isTrue();
				assertThat(event.reportedBy()).isEqualTo("admin");
			});
		assertThat(events.stream(CaseClosed.class).filter(event -> event.caseId() == id))
			.singleElement()
			.satisfies(event -> assertThat(event.selfHandled()).isTrue());
	}

	@Test
	void refusesSelfHandlingWithoutEvidence() {
		long before = cases.total("");
		assertThat(errors(api.post("/api/v1/cases",
				reportOf("PATROL", "COMPONENT", "0205", LON, LAT, "\"selfHandled\":true")), 400))
			.containsExactly("attachments:EVIDENCE_REQUIRED");
		assertThat(cases.total("")).isEqualTo(before);
	}

	@Test
	void refusesSelfHandlingFromAnotherChannel() {
		long before = cases.total("");
		assertThat(errors(api.post("/api/v1/cases",
				reportOf("CITIZEN", "COMPONENT", "0205", LON, LAT, "\"selfHandled\":true," + EVIDENCE)), 400))
			.containsExactly("selfHandled:NOT_PATROL");
		assertThat(cases.total("")).isEqualTo(before);
	}

	@Test
	void sameRequestIdTwiceReturnsTheSameCaseWithOneTimeline() {
		String report = CaseFixtures.patrolReport("\"requestId\":\"" + UUID.randomUUID() + "\"");
		long before = cases.total("");
		Response first = api.post("/api/v1/cases", report);
		Response retry = api.post("/api/v1/cases", report);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		long id = first.body().path("id").asLong();
		assertThat(retry.body().path("id").asLong()).isEqualTo(id);
		assertThat(cases.timelineActions(id)).containsExactly("report");
		assertThat(cases.total("")).isEqualTo(before + 1);
	}

	@Test
	void sameRequestIdWithOtherContentIsRefused() {
		String requestId = "\"requestId\":\"" + UUID.randomUUID() + "\"";
		long id = cases.report(CaseFixtures.patrolReport(requestId)).path("id").asLong();
		long before = cases.total("");
		Response reused = api.post("/api/v1/cases", CaseFixtures.patrolReport(requestId + ",\"urgency\":\"URGENT\""));
		assertThat(reused.status()).isEqualTo(409);
		assertThat(reused.body().path("detail").asString()).contains("different content")
			.doesNotContain("case " + id);
		assertThat(cases.total("")).isEqualTo(before);
	}

	@Test
	void twoThreadsPostingTheSameRequestIdMakeOneCase() {
		String report = CaseFixtures.patrolReport("\"requestId\":\"" + UUID.randomUUID() + "\"");
		long before = cases.total("");
		List<Response> responses = CaseFixtures.inParallel(2, thread -> api.post("/api/v1/cases", report));
		assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(201, 200);
		assertThat(responses).extracting(response -> response.body().path("id").asLong()).containsOnly(
				responses.get(0).body().path("id").asLong());
		assertThat(cases.total("")).isEqualTo(before + 1);
		assertThat(cases.timelineActions(responses.get(0).body().path("id").asLong())).containsExactly("report");
	}
}
