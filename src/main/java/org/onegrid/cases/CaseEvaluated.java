package org.onegrid.cases;

import java.time.Instant;

/**
 * The citizen answered the callback (回访) on a closed case, about the handling of {@code department} (the lead
 * department, or {@code null} for a case handled without dispatch). {@code seq} is the step's place in the case's
 * timeline. {@code historical} says the answer was given before OneGrid kept the case and is recorded now from
 * another system's records: it counts in the figures of its time, but nobody is told of it as news.
 */
public record CaseEvaluated(long caseId, long seq, String department, Satisfaction satisfaction,
		Instant evaluatedAt, boolean historical) {
}
