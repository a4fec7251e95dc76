package org.onegrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

/**
 * Stage deadlines in working days across holidays and make-up days, cases whose deadline falls in a year without
 * holiday data (counted Monday to Friday), and the light sweep (黄灯 / 红灯), run here by hand after moving the clock.
 */
@IntegrationTest
class CaseTimeLimitsIntegrationTests {

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
		clock.setShanghai("2026-04-13T09:00");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String deadline(JsonNode view) {
		return view.path("clock").path("deadline").asString();
	}

	private long lightEntries(long id, String action) {
		return cases.timelineActions(id).stream().filter(action::equals).count();
	}

	@Test
	void handlingDeadlineFromTheEveOfNationalDay2025CountsTheMakeUpSaturdayAfterIt() {
		clock.setShanghai("2025-09-30T10:00");
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		assertThat(deadline(reported)).isEqualTo("2025-10-09T09:30:00Z");
		long id = reported.path("id").asLong();
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(deadline(cases.ok(id, "dispatch", ""))).isEqualTo("2025-10-14T09:30:00Z");
	}

	@Test
	void handlingDeadlineFromTheEveOfNationalDay2026EndsAfterTheHoliday() {
		clock.setShanghai("2026-09-30T16:00");
		long id = cases.filed("");
		assertThat(deadline(cases.ok(id, "dispatch", ""))).isEqualTo("2026-10-13T09:30:00Z");
	}

	@Test
	void deadlinesBeforeSpringFestival2026CountTheMakeUpSaturday() {
		clock.setShanghai("2026-02-13T11:00");
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		assertThat(deadline(reported)).isEqualTo("2026-02-14T09:30:00Z");
		long id = reported.path("id").asLong();
		cases.ok(id, "accept", "");
		cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(deadline(cases.ok(id, "dispatch", ""))).isEqualTo("2026-02-27T09:30:00Z");
	}

	@Test
	void caseFiledOn28December2026WithFifteenWorkingDaysGetsADeadlineCountedOnTheWeekdaysOf2027() {
		clock.setShanghai("2026-12-28T10:00");
		JsonNode reported = cases.report(CaseFixtures.reportOf("PATROL", "EVENT", "0302", CaseFixtures.LON,
				CaseFixtures.LAT, ""));
		long id = reported.path("id").asLong();
		cases.ok(id, "accept", "");
		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true");
		assertThat(filed.path("state").asString()).isEqualTo("FILED");
		JsonNode dispatched = cases.ok(id, "dispatch", "");
		assertThat(dispatched.path("clock").path("limit").asString()).isEqualTo("15 working days");
		assertThat(deadline(dispatched)).isEqualTo("2027-01-18T09:30:00Z");
		assertThat(dispatched.path("clockWarning").asString()).as("2027 has no holiday schedule in the tests")
			.contains("Estimated deadline", "2027", "Monday to Friday");
		assertThat(filed.path("clockWarning").isNull()).as("the filing clock ends in 2026").isTrue();
	}

	@Test
	void caseReportedOnTheLastDayOf2026GetsItsClockAtEveryStep() {
		clock.setShanghai("2026-12-31T10:00");
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		long id = reported.path("id").asLong();
		assertThat(deadline(reported)).isEqualTo("2027-01-01T09:30:00Z");
		cases.ok(id, "accept", "");
		JsonNode filed = cases.ok(id, "file", "\"conditionMet\":true,\"urgency\":\"URGENT\"");
		assertThat(deadline(filed)).isNotEmpty();
		assertThat(deadline(cases.ok(id, "dispatch", ""))).startsWith("2027-01-");
	}

	@Test
	void caseReportedBeforeTheLastDayOf2026StillGetsItsClock() {
		clock.setShanghai("2026-12-30T10:00");
		JsonNode reported = cases.report(CaseFixtures.patrolReport(""));
		assertThat(deadline(reported)).isEqualTo("2026-12-31T09:30:00Z");
		assertThat(reported.path("clockWarning").isNull()).isTrue();
	}

	@Test
	void suspendedCaseResumedWhenItsRemainingTimeRunsInto2027KeepsItsClock() {
		clock.setShanghai("2026-12-21T09:00");
		long id = cases.handling("");
		assertThat(deadline(cases.get(id))).isEqualTo("2026-12-28T09:30:00Z");
		cases.ok(id, "request-suspension", "\"reason\":\"等待鉴定 / Awaiting an appraisal\"");
		cases.ok(id, "approve", "");

		clock.setShanghai("2026-12-30T09:00");
		JsonNode resumed = cases.ok(id, "resume", "");
		assertThat(resumed.path("state").asString()).isEqualTo("HANDLING");
		assertThat(resumed.path("clock").isNull()).isFalse();
		assertThat(Instant.parse(deadline(resumed))).isAfter(Instant.parse("2027-01-01T00:00:00Z"));
	}

	@Test
	void lightTurnsYellowAtEightyPercentAndRedWhenOverdueEachRecordedOnce() {
		long id = cases.filed("");
		JsonNode dispatched = cases.ok(id, "dispatch", "");
		assertThat(dispatched.path("clock").path("warnAt").asString()).isEqualTo("2026-04-17T08:00:00Z");
		assertThat(deadline(dispatched)).isEqualTo("2026-04-20T09:30:00Z");
		assertThat(dispatched.path("clock").path("light").asString()).isEqualTo("GREEN");

		clock.set(Instant.parse("2026-04-17T07:59:00Z"));
		sweep.sweep();
		assertThat(cases.get(id).path("clock").path("light").asString()).isEqualTo("GREEN");

		clock.set(Instant.parse("2026-04-17T08:00:00Z"));
		assertThat(sweep.sweep()).isPositive();
		sweep.sweep();
		assertThat(cases.get(id).path("clock").path("light").asString()).isEqualTo("YELLOW");
		assertThat(lightEntries(id, "light-yellow")).isEqualTo(1);
		assertThat(cases.total("light=YELLOW&category=0201&from=2026-04-13T01:00:00Z&to=2026-04-13T01:01:00Z"))
			.isPositive();

		clock.set(Instant.parse("2026-04-20T09:30:00Z"));
		sweep.sweep();
		sweep.sweep();
		JsonNode overdue = cases.get(id);
		assertThat(overdue.path("clock").path("light").asString()).isEqualTo("RED");
		assertThat(lightEntries(id, "light-yellow")).isEqualTo(1);
		assertThat(lightEntries(id, "light-red")).isEqualTo(1);
		JsonNode red = overdue.path("timeline").get(overdue.path("timeline").size() - 1);
		assertThat(red.path("actor").asString()).isEqualTo("system");
		assertThat(red.path("details").path("stage").asString()).isEqualTo("HANDLE");
		List<Long> redIds = new ArrayList<>();
		api.get("/api/v1/cases?light=RED&size=200&from=2026-04-13T01:00:00Z&to=2026-04-13T01:01:00Z").body()
			.path("items").forEach(item -> redIds.add(item.path("id").asLong()));
		assertThat(redIds).contains(id);
	}

	@Test
	void twoSweepsInParallelChangeEachLightExactlyOnce() {
		clock.setShanghai("2026-04-14T09:00");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long id = cases.filed("");
			cases.ok(id, "dispatch", "");
			ids.add(id);
		}
		clock.setShanghai("2026-04-21T18:00");

		List<Integer> changed = CaseFixtures.inParallel(2, thread -> sweep.sweep());

		assertThat(changed.get(0) + changed.get(1)).isGreaterThanOrEqualTo(ids.size());
		sweep.sweep();
		for (long id : ids) {
			assertThat(cases.get(id).path("clock").path("light").asString()).isEqualTo("RED");
			assertThat(lightEntries(id, "light-red")).as("light-red entries of case %d", id).isEqualTo(1);
			assertThat(lightEntries(id, "light-yellow")).isZero();
		}
	}
}
