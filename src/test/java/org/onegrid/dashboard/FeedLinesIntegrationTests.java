package org.onegrid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onegrid.IntegrationTest;
import org.onegrid.TestApi;
import org.onegrid.access.Grant;
import org.onegrid.cases.HistoricalCase;
import org.onegrid.cases.HistoricalCases;
import org.onegrid.cases.NewCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a feed line says of its case: the number the case took as its report committed, the same the API gives, and
 * no line at all for a past case recorded from another system's records, which is no news.
 */
@IntegrationTest
class FeedLinesIntegrationTests {

	private static final Grant READER = Grant.system("feed-lines-test");

	@Autowired
	TestApi api;

	@Autowired
	Feed feed;

	@Autowired
	HistoricalCases history;

	@Test
	void aReportsLineCarriesTheNumberItsCaseTookAndAPastCaseHasNoLine() {
		DashboardFixtures district = new DashboardFixtures(api);
		long live = district.report("HOTLINE_12345", "0201", 1);
		String caseNo = api.get("/api/v1/cases/" + live).body().path("caseNo").asString();
		assertThat(caseNo).matches("[0-9]{8}-[0-9]{6,}");

		Instant reported = Instant.now().minus(Duration.ofDays(3));
		NewCase report = new NewCase(null, "PATROL", null, null, "worker-dash", "COMPONENT", "0201", null, null, null,
				"往日案件 / A past case", null, DashboardFixtures.lonOfStreet(1), DashboardFixtures.LAT, null, null,
				null);
		long past = history.record(new HistoricalCase("feed-past-" + System.nanoTime(), report, reported, null,
				"municipal-works", HistoricalCase.Outcome.CLOSED, reported.plus(Duration.ofHours(5))), READER)
			.caseId();

		List<FeedEntry> lines = feed.latest(200, READER);
		assertThat(lines).filteredOn(line -> line.item().caseId() == live).singleElement()
			.satisfies(line -> assertThat(line.item().caseNo()).isEqualTo(caseNo));
		assertThat(feed.after(0, 10_000, READER)).filteredOn(line -> line.item().caseId() == live)
			.singleElement().satisfies(line -> assertThat(line.item().caseNo()).isEqualTo(caseNo));
		assertThat(lines).noneMatch(line -> line.item().caseId() == past);
	}
}
