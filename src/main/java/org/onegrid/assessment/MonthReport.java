package org.onegrid.assessment;

import java.util.List;

/**
 * A month as published: its latest revision, if it was ever closed, with that revision's scores of every object
 * type, and every revision, oldest first, so that a correction is visible.
 */
public record MonthReport(String month, MonthRevision latest, List<MonthRevision> revisions,
		List<PeriodScores> scores) {

	public MonthReport {
		revisions = List.copyOf(revisions);
		scores = List.copyOf(scores);
	}
}
