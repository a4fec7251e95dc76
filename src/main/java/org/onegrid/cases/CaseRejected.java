package org.onegrid.cases;

import java.time.Instant;

/**
 * The centre declined a report (不予受理) with a reason. {@code seq} is the step's place in the case's timeline.
 */
public record CaseRejected(long caseId, long seq, String rejectedBy, Instant rejectedAt) {
}
