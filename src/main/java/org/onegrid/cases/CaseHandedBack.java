package org.onegrid.cases;

import java.time.Instant;

/**
 * A case diverted from 110 was handed back to 110 as a police matter, with the reason; the case ended voided.
 * {@code seq} is the step's place in the case's timeline.
 */
public record CaseHandedBack(long caseId, long seq, String reason, Instant handedBackAt) {
}
