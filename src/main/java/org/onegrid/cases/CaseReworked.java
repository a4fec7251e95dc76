package org.onegrid.cases;

import java.time.Instant;

/**
 * The check (核查) found the department's handling wanting and sent the case back to it for rework (返工).
 * {@code seq} is the step's place in the case's timeline.
 */
public record CaseReworked(long caseId, long seq, String department, Instant reworkedAt) {
}
