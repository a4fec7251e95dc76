package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.access.AccountDirectory;
import org.onegrid.cases.CaseDispatched;
import org.onegrid.cases.CaseHandled;
import org.onegrid.cases.CaseReported;
import org.onegrid.cases.CaseReworked;
import org.onegrid.cases.Channel;
import org.onegrid.catalogue.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * Facts are counted once however often an event is delivered, and the endpoints refuse bad parameters field by
 * field. January 2029 is used by no other test.
 */
@IntegrationTest
class AssessmentIntegrationTests {

	/** The listener; its target is called directly, synchronously, as if the registry delivered each event twice. */
	@Autowired
	CaseFacts facts;

	@Autowired
	Assessment assessment;

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	AccountDirectory accounts;

	private static final String PASSWORD = "assessment-test-password";

	private static volatile boolean created;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anEventDeliveredTwiceCountsOnce() {
		long caseId = 9_000_000_001L;
		Instant at = Instant.parse("2029-01-10T01:00:00Z");
		CaseFacts listener = AopTestUtils.getUltimateTargetObject(facts);
		for (int delivery = 0; delivery < 2; delivery++) {
			listener.on(new CaseReported(caseId, Channel.PATROL, Kind.COMPONENT, "0201", "twice-grid", "worker-1", false,
					at));
			listener.on(new CaseDispatched(caseId, "twice-department", List.of(), at.plusSeconds(86_400), 4, at));
			listener.on(new CaseHandled(caseId, 6, "twice-department", at.plusSeconds(60), true, false));
			listener.on(new CaseReworked(caseId, 7, "twice-department", at.plusSeconds(120)));
		}
		clock.setShanghai("2029-02-10T09:00");
		Figures department = only(assessment.indicators(Period.month(YearMonth.of(2029, 1)), ObjectType.DEPARTMENT).rows(),
				"twice-department");
		assertThat(department.values().get("toHandle")).isEqualByComparingTo("1");
		assertThat(department.values().get("handled")).isEqualByComparingTo("1");
		assertThat(department.values().get("reworked")).isEqualByComparingTo("1");
		Figures grid = only(assessment.indicators(Period.month(YearMonth.of(2029, 1)), ObjectType.GRID).rows(), "twice-grid");
		assertThat(grid.values().get("reported")).isEqualByComparingTo(BigDecimal.ONE);
	}

	@Test
	void refusesBadParametersFieldByField() {
		assertThat(errors(api.get("/api/v1/assessment/indicators?period=2026-13&objectType=street")))
			.containsExactly("period:FORMAT", "objectType:UNKNOWN");
		assertThat(errors(api.get("/api/v1/assessment/scores")))
			.containsExactly("period:REQUIRED", "objectType:REQUIRED");
		assertThat(errors(api.get("/api/v1/assessment/indicators?period=2026-W54&objectType=grid")))
			.containsExactly("period:FORMAT");
		assertThat(errors(api.get("/api/v1/assessment/indicators?period=1999&objectType=grid")))
			.containsExactly("period:OUT_OF_RANGE");
		assertThat(errors(api.get("/api/v1/assessment/months/november"))).containsExactly("month:FORMAT");
		assertThat(errors(api.post("/api/v1/assessment/months/2999-12/close", ""))).containsExactly("month:NOT_OVER");
	}

	@Test
	void aMonthNeverClosedHasNoRevision() {
		Response month = api.get("/api/v1/assessment/months/2029-03");
		assertThat(month.status()).isEqualTo(200);
		assertThat(month.body().path("latest").isNull() || month.body().path("latest").isMissingNode()).isTrue();
		assertThat(month.body().path("revisions").size()).isZero();
		assertThat(month.body().path("scores").size()).isZero();
	}

	@Test
	void leadersAndDispatchersReadAdministratorsClose() {
		if (!created) {
			for (String role : List.of("leader", "dispatcher", "handler")) {
				accounts.create(new AccountDirectory.AccountRequest("assess-" + role, "assess-" + role, PASSWORD,
						List.of(role), null, true), "test", false);
			}
			created = true;
		}
		String scores = "/api/v1/assessment/scores?period=2029-04&objectType=department";
		assertThat(api.as("assess-leader", PASSWORD).get(scores).status()).isEqualTo(200);
		assertThat(api.as("assess-dispatcher", PASSWORD).get(scores).status()).isEqualTo(200);
		assertThat(api.as("assess-handler", PASSWORD).get(scores).status()).isEqualTo(403);
		assertThat(api.as("assess-dispatcher", PASSWORD).post("/api/v1/assessment/months/2026-01/close", "")
			.status()).isEqualTo(403);
	}

	private static Figures only(List<Figures> rows, String object) {
		return rows.stream().filter(row -> row.object().equals(object)).findFirst().orElseThrow();
	}

	private static List<String> errors(Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> errors = new ArrayList<>();
		response.body().path("errors").forEach(e -> errors.add(e.path("field").asString() + ":"
				+ e.path("code").asString()));
		return errors;
	}
}
