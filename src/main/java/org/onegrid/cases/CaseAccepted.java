package org.onegrid.cases;

import java.time.Instant;

/**
 * The centre took a report in (受理). {@code seq} is the step's place in the case's timeline.
 *
 * @param deadline when the intake stage's limit ran out; {@code null} without a limit
 */
public record CaseAccepted(long caseId, long seq, String acceptedBy, Instant acceptedAt, Instant deadline) {
}
