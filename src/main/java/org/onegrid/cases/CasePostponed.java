package org.onegrid.cases;

import java.time.Instant;

/**
 * A postponement (延期) of the handling deadline was approved: the department now has until {@code deadline}.
 * {@code seq} is the step's place in the case's timeline.
 */
public record CasePostponed(long caseId, long seq, String department, int days, Instant deadline,
		Instant approvedAt) {
}
