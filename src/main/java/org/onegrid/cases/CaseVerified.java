package org.onegrid.cases;

import java.time.Instant;

/**
 * A grid worker verified a citizen, hotline or 110 report (核实): {@code confirmed} when the problem is real,
 * otherwise the report is rejected. {@code seq} is the step's place in the case's timeline.
 *
 * @param deadline when the intake stage's limit, which verification shares, ran out; {@code null} without a limit
 */
public record CaseVerified(long caseId, long seq, String verifiedBy, boolean confirmed, Instant verifiedAt,
		Instant deadline) {
}
