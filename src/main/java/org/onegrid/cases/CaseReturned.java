package org.onegrid.cases;

import java.time.Instant;

/**
 * The department a case was dispatched to sent it back to the dispatcher (退回), so it is no longer that
 * department's to handle. {@code seq} is the step's place in the case's timeline.
 */
public record CaseReturned(long caseId, long seq, String department, Instant returnedAt) {
}
