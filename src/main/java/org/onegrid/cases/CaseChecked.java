package org.onegrid.cases;

import java.time.Instant;

/**
 * Someone independent checked a department's result (核查): {@code passed}, or sent back for rework. {@code seq} is
 * the step's place in the case's timeline.
 *
 * @param deadline when the check stage's limit ran out; {@code null} without a limit
 */
public record CaseChecked(long caseId, long seq, String checkedBy, boolean passed, Instant checkedAt,
		Instant deadline) {
}
