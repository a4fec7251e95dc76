package org.onegrid.cases;

import java.time.Instant;

/**
 * A case was merged into another open case as a repeat of it (重复件): the work goes on in {@code targetCaseId}, and
 * the merged case ends without being handled. {@code seq} is the step's place in the merged case's timeline.
 */
public record CaseMerged(long caseId, long targetCaseId, long seq, Instant mergedAt) {
}
