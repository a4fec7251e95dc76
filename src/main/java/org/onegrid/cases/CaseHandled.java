package org.onegrid.cases;

import java.time.Instant;

/**
 * The lead department fed back that it handled the case (处置反馈), within its handling deadline or not. After a
 * rework the department feeds back again, as a later step. {@code seq} is the step's place in the case's timeline.
 *
 * @param historical the step happened before OneGrid kept the case and is recorded now from another system's
 *        records: it counts in the figures of its time, but nobody is told of it as news
 */
public record CaseHandled(long caseId, long seq, String department, Instant handledAt, boolean onTime,
		boolean historical) {
}
