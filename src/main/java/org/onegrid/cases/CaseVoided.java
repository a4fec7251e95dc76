package org.onegrid.cases;

import java.time.Instant;

/**
 * A case was voided (作废) on approval: it ends without being handled and counts for nobody's figures.
 * {@code seq} is the step's place in the case's timeline.
 */
public record CaseVoided(long caseId, long seq, Instant voidedAt) {
}
