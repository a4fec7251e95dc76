package org.onegrid.cases;

import java.time.Instant;

/**
 * An assisting department fed back its part of a joint handling (协办反馈), within the case's handling deadline or
 * not; the lead department feeds back only after all of them. {@code seq} is the step's place in the case's timeline.
 */
public record CaseAssisted(long caseId, long seq, String department, Instant fedBackAt, boolean onTime) {
}
