package org.onegrid.analysis;

import java.time.Duration;

/**
 * The recurrence rule: the same problem reported again at the same place soon after its case was closed.
 */
final class Recurrence {

	private Recurrence() {
	}

	/**
	 * Whether {@code later} is a report of {@code earlier}'s category in the same layer, made after {@code earlier}
	 * closed and at most {@code span} after, within {@code radiusMetres} of it.
	 */
	static boolean recurs(ReportFacts.Report earlier, ReportFacts.Report later, Duration span, double radiusMetres) {
		if (earlier.caseId() == later.caseId() || earlier.closedAt() == null
				|| !earlier.layer().equals(later.layer()) || !earlier.minorCode().equals(later.minorCode())) {
			return false;
		}
		Duration after = Duration.between(earlier.closedAt(), later.reportedAt());
		return !after.isNegative() && after.compareTo(span) <= 0
				&& Rules.metres(earlier.lon(), earlier.lat(), later.lon(), later.lat()) <= radiusMetres;
	}
}
