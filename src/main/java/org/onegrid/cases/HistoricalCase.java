package org.onegrid.cases;

import java.time.Instant;

/**
 * A case that happened before OneGrid kept it, as another system (a hotline, a 311 service) recorded it: the report
 * with its original times, the department it went to and how far it got.
 *
 * @param sourceKey the other system's own key for the case; one key is imported once
 * @param report the report as intake would take it; {@code reportedBy} names the account that found and reported
 *        it (a patrol's grid worker), or is {@code null} when the source did not keep one; the account importing it
 *        never counts as its reporter
 * @param reportedAt when it was reported
 * @param dispatchedAt when it was dispatched to {@code department}; at {@code reportedAt} when absent
 * @param department the department it was dispatched to
 * @param outcome how far the case got
 * @param closedAt when it was closed; required for {@link Outcome#CLOSED} and not before {@code dispatchedAt}
 * @param satisfaction the citizen's answer at the callback (回访); {@code null} when the source kept none, and only
 *        for a closed case
 * @param evaluatedAt when the citizen gave that answer; at {@code closedAt} when absent, and not before it, so that
 *        the answer counts in the month of the callback
 */
public record HistoricalCase(String sourceKey, NewCase report, Instant reportedAt, Instant dispatchedAt,
		String department, Outcome outcome, Instant closedAt, Satisfaction satisfaction, Instant evaluatedAt) {

	/** A historical case whose source kept no answer from a callback. */
	public HistoricalCase(String sourceKey, NewCase report, Instant reportedAt, Instant dispatchedAt,
			String department, Outcome outcome, Instant closedAt) {
		this(sourceKey, report, reportedAt, dispatchedAt, department, outcome, closedAt, null, null);
	}

	/** A historical case whose source kept the callback's answer but not its time. */
	public HistoricalCase(String sourceKey, NewCase report, Instant reportedAt, Instant dispatchedAt,
			String department, Outcome outcome, Instant closedAt, Satisfaction satisfaction) {
		this(sourceKey, report, reportedAt, dispatchedAt, department, outcome, closedAt, satisfaction, null);
	}

	/** How far a historical case got: dispatched, signed for by its department, or closed. */
	public enum Outcome {

		DISPATCHED, HANDLING, CLOSED

	}

	/** When the case was dispatched. */
	public Instant dispatched() {
		return dispatchedAt == null ? reportedAt : dispatchedAt;
	}

	/** When the citizen answered the callback. */
	public Instant evaluated() {
		return evaluatedAt == null ? closedAt : evaluatedAt;
	}
}
