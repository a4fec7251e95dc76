package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.TestApi.Response;
import org.onegrid.TestClock;
import org.onegrid.TestStaff;
import org.onegrid.access.Grant;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.HistoricalCases;
import org.onegrid.cases.NewCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Warnings found by the sweep from cases reported through the API in the tests' own district: a hot spot and a
 * surge listing exactly the grid's cases, seen by the street's dispatcher and not by the other street's; supervision
 * from a warning; and a problem reported again near a case closed days before, also when a person moved it there
 * by correcting its point.
 */
@IntegrationTest
class WarningsIntegrationTests {

	@Autowired
	TestApi api;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WarningSweep sweep;

	@Autowired
	HistoricalCases history;

	@Autowired
	AnalysisProperties settings;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void sixCasesInOneCommunityMakeAHotSpotAndASurgeWithExactlyThoseCases() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		clock.setShanghai("2026-05-04T09:00");
		List<Long> cluster = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			cluster.add(district.report("0201", AnalysisFixtures.lonOf(1), AnalysisFixtures.LAT + 0.001 * i));
		}
		for (int community = 2; community <= 4; community++) {
			district.report("0202", AnalysisFixtures.lonOf(community), AnalysisFixtures.LAT);
		}
		clock.setShanghai("2026-05-05T09:00");
		AnalysisFixtures.awaitFacts(jdbc);
		sweep.sweep();

		TestApi east = api.as("dispatcher-ana-at1", TestStaff.PASSWORD);
		TestApi west = api.as("dispatcher-ana-at2", TestStaff.PASSWORD);
		JsonNode hotSpot = only(east, "HOT_SPOT");
		assertThat(hotSpot.path("grid").asString()).isEqualTo("AT11");
		assertThat(hotSpot.path("minorCode").asString()).isEqualTo("0201");
		assertThat(hotSpot.path("observed").asInt()).isEqualTo(6);
		assertThat(hotSpot.path("expected").asDouble()).as("6 cases over 4 grids").isEqualTo(1.5);
		assertThat(ids(hotSpot)).containsExactlyElementsOf(cluster);
		JsonNode surge = only(east, "SURGE");
		assertThat(ids(surge)).containsExactlyElementsOf(cluster);
		assertThat(ana(west)).as("the other street sees none of these cases").isEmpty();

		long id = hotSpot.path("id").asLong();
		Response one = east.get("/api/v1/analysis/warnings/" + id);
		assertThat(one.status()).isEqualTo(200);
		assertThat(ids(one.body())).containsExactlyElementsOf(cluster);
		assertThat(west.get("/api/v1/analysis/warnings/" + id).status()).isEqualTo(404);

		Response supervised = api.post("/api/v1/analysis/warnings/" + id + "/supervision",
				"{\"note\":\"集中整治 / Deal with the cluster\"}");
		assertThat(supervised.status()).as(supervised.body().toString()).isEqualTo(200);
		assertThat(ids(supervised.body())).containsExactlyElementsOf(cluster);
		JsonNode acted = api.get("/api/v1/analysis/warnings/" + id).body();
		assertThat(acted.path("actedBy").asString()).isEqualTo("admin");
		assertThat(acted.path("actedAt").isNull()).isFalse();
		JsonNode supervisedCase = api.get("/api/v1/cases/" + cluster.get(0)).body();
		assertThat(supervisedCase.path("notices").get(0).path("note").asString())
			.isEqualTo("集中整治 / Deal with the cluster");

		Response bad = api.post("/api/v1/analysis/warnings/" + id + "/supervision", "{\"note\":\"" + "x".repeat(501)
				+ "\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().path("errors").get(0).path("field").asString()).isEqualTo("note");
	}

	@Test
	void aProblemReportedAgainNearAClosedCaseIsARecurrence() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		clock.setShanghai("2027-06-01T09:00");
		long first = district.report("0201", AnalysisFixtures.lonOf(5), AnalysisFixtures.LAT);
		district.close(first);
		clock.setShanghai("2027-06-04T09:00");
		long again = district.report("0201", AnalysisFixtures.lonOf(5), AnalysisFixtures.LAT + 0.00018);
		district.report("0201", AnalysisFixtures.lonOf(5), AnalysisFixtures.LAT + 0.002);
		AnalysisFixtures.awaitFacts(jdbc);
		sweep.sweep();

		JsonNode recurrence = only(api.as("dispatcher-ana-at2", TestStaff.PASSWORD), "RECURRENCE");
		assertThat(recurrence.path("grid").asString()).isEqualTo("AT21");
		assertThat(ids(recurrence)).containsExactly(first, again);
		assertThat(ana(api.as("dispatcher-ana-at1", TestStaff.PASSWORD)))
			.as("the other street sees no recurrence of these cases")
			.noneMatch(w -> w.path("rule").asString().equals("RECURRENCE"));
	}

	@Test
	void aCaseWhosePointIsCorrectedCountsWhereItLiesNow() {
		AnalysisFixtures district = new AnalysisFixtures(api);
		clock.setShanghai("2028-06-01T09:00");
		long first = district.report("0202", 49.7, 6.08);
		district.close(first);
		clock.setShanghai("2028-06-04T09:00");
		long misplaced = district.report("0202", AnalysisFixtures.lonOf(2), AnalysisFixtures.LAT);
		Response moved = api.post("/api/v1/cases/" + misplaced + "/actions/relocate",
				"{\"lon\":49.7,\"lat\":6.08018,\"reason\":\"坐标有误 / The point was wrong\"}");
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		AnalysisFixtures.awaitFacts(jdbc);
		sweep.sweep();

		List<JsonNode> recurrences = ana(api.as("dispatcher-ana-at2", TestStaff.PASSWORD)).stream()
			.filter(w -> w.path("rule").asString().equals("RECURRENCE") && ids(w).contains(misplaced))
			.toList();
		assertThat(recurrences).as("the corrected case recurs where it lies now").hasSize(1);
		assertThat(recurrences.get(0).path("grid").asString()).isEqualTo("AT21");
		assertThat(ids(recurrences.get(0))).containsExactly(first, misplaced);
	}

	@Test
	void pastCasesComingInMakeTheNextCheckSweepAndOtherwiseItWaitsForTheInterval() {
		clock.setShanghai("2029-03-01T09:00");
		sweep.sweep();
		assertThat(sweep.due()).isFalse();
		clock.setShanghai("2029-03-01T09:14");
		new AnalysisFixtures(api).report("0201", AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT);
		assertThat(sweep.due()).as("a case reported now waits for the interval").isFalse();

		recordPast();
		assertThat(sweep.due()).as("a past case makes the next check sweep").isTrue();
		sweep.sweep();
		assertThat(sweep.due()).isFalse();
		clock.set(clock.instant().plus(settings.sweepInterval()).minusSeconds(1));
		assertThat(sweep.due()).isFalse();
		clock.set(clock.instant().plusSeconds(1));
		assertThat(sweep.due()).as("the interval has passed").isTrue();
	}

	@Test
	void pastCasesMakeTheNextCheckSweepOnlyOnceTheyAreCommitted() {
		new AnalysisFixtures(api);
		clock.setShanghai("2029-04-01T09:00");
		sweep.sweep();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			recordPast();
			status.setRollbackOnly();
		});
		assertThat(sweep.due()).as("past cases rolled back are no news").isFalse();
		AtomicBoolean dueBeforeCommit = new AtomicBoolean(true);
		transaction.executeWithoutResult(status -> {
			recordPast();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					dueBeforeCommit.set(sweep.due());
				}
			});
		});
		assertThat(dueBeforeCommit).as("a sweep just before the commit could not see them yet").isFalse();
		assertThat(sweep.due()).as("committed, they make the next check sweep").isTrue();
	}

	private void recordPast() {
		Instant reported = clock.instant().minus(Duration.ofDays(20));
		NewCase report = new NewCase(null, "PATROL", null, null, "worker-ana", "COMPONENT", "0202", null, null, null,
				"往日案件 / A past case", null, AnalysisFixtures.lonOf(3), AnalysisFixtures.LAT, null, null, null);
		history.record(new HistoricalCase("ana-past-" + System.nanoTime(), report, reported, null, "municipal-works",
				HistoricalCase.Outcome.CLOSED, reported.plus(Duration.ofHours(5))), Grant.system("analysis-test"));
	}

	private static JsonNode only(TestApi reader, String rule) {
		List<JsonNode> found = ana(reader).stream().filter(w -> w.path("rule").asString().equals(rule)).toList();
		assertThat(found).as(rule).hasSize(1);
		return found.get(0);
	}

	private static List<JsonNode> ana(TestApi reader) {
		Response response = reader.get("/api/v1/analysis/warnings");
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return StreamSupport.stream(response.body().spliterator(), false)
			.filter(w -> w.path("layer").asString().equals("ana-test"))
			.toList();
	}

	private static List<Long> ids(JsonNode warning) {
		return StreamSupport.stream(warning.path("caseIds").spliterator(), false).map(JsonNode::asLong).toList();
	}
}
