package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the sweep counts and compares, worked out by hand: the reports of each earlier window, window by window and
 * cell by cell, and the closed cases a new report is compared with for a recurrence.
 */
class SweepIndexTests {

	private static final Instant START = Instant.parse("2026-05-04T00:00:00Z");

	private static final Duration WEEK = Duration.ofDays(7);

	@Test
	void eachEarlierWindowHoldsItsStartButNotItsEnd() {
		List<ReportFacts.Report> reports = List.of(at("g1", "0201", START), at("g1", "0201", START.minusNanos(1)),
				at("g1", "0201", START.minus(WEEK)), at("g1", "0201", START.minus(WEEK).minusSeconds(1)),
				at("g1", "0201", START.minus(WEEK.multipliedBy(3))),
				at("g1", "0201", START.minus(WEEK.multipliedBy(3)).minusSeconds(1)),
				at("g2", "0201", START.minusSeconds(5)), at("g1", "0202", START.minusSeconds(5)));
		WindowCounts counts = WindowCounts.of(reports, START, WEEK, 3);

		assertThat(counts.of(at("g1", "0201", START))).as("the current window's report counts in none")
			.containsExactly(2, 1, 1);
		assertThat(counts.of(at("g2", "0201", START))).containsExactly(1, 0, 0);
		assertThat(counts.of(at("g1", "0202", START))).containsExactly(1, 0, 0);
		assertThat(counts.of(at("g3", "0201", START))).as("a cell without history").containsExactly(0, 0, 0);
	}

	@Test
	void aClosedCaseWithinTheRadiusIsNearAcrossABandsEdgeAndFarOnesAreNot() {
		double band = 50 / (6_371_000 * Math.PI / 180);
		double edge = Math.floor(30.0 / band) * band;
		ReportFacts.Report justBelow = closed(1, "0201", edge - band * 0.1);
		ReportFacts.Report twoBandsAway = closed(2, "0201", edge + band * 2.5);
		ReportFacts.Report otherCategory = closed(3, "0202", edge);
		Recurrence.Index index = new Recurrence.Index(List.of(justBelow, twoBandsAway, otherCategory), 50);

		ReportFacts.Report later = closed(4, "0201", edge + band * 0.1);
		assertThat(Rules.metres(120, justBelow.lat(), 120, later.lat())).isLessThan(50);
		assertThat(index.near(later)).containsExactly(justBelow);
		assertThat(index.near(closed(5, "0201", edge + band * 3.4))).containsExactly(twoBandsAway);
		assertThat(index.near(closed(6, "0203", edge))).isEmpty();
	}

	private static ReportFacts.Report at(String grid, String minorCode, Instant reportedAt) {
		return new ReportFacts.Report(1, "layer", grid, minorCode, reportedAt, 120, 30, null);
	}

	private static ReportFacts.Report closed(long id, String minorCode, double lat) {
		return new ReportFacts.Report(id, "layer", "g1", minorCode, START, 120, lat, START);
	}
}
