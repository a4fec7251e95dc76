package org.onegrid.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.Violation;

/**
 * Whether the times another system kept for a case tell a story that could have happened: reported first, then
 * dispatched, closed and called back in that order, none of them later than now, and each step's time given when
 * the case got that far.
 */
final class HistoricalTimes {

	private HistoricalTimes() {
	}

	/** Adds what is wrong with the case's times, field by field, to {@code violations}. */
	static void check(HistoricalCase history, Instant now, List<Violation> violations) {
		if (history.reportedAt() == null) {
			violations.add(new Violation("reportedAt", "REQUIRED", "the time it was reported is required"));
			return;
		}
		Map<String, Instant> times = new LinkedHashMap<>();
		times.put("reportedAt", history.reportedAt());
		times.put("dispatchedAt", history.dispatchedAt());
		times.put("closedAt", history.closedAt());
		times.put("evaluatedAt", history.evaluatedAt());
		times.forEach((field, at) -> {
			if (at != null && at.isAfter(now)) {
				violations.add(new Violation(field, "AFTER_NOW", "a time of the past is later than now (" + at
						+ " is after " + now + ")"));
			}
		});
		if (history.dispatched().isBefore(history.reportedAt())) {
			violations.add(new Violation("dispatchedAt", "BEFORE_REPORT", "dispatched before it was reported"));
		}
		boolean closed = history.outcome() == HistoricalCase.Outcome.CLOSED;
		if (closed && history.closedAt() == null) {
			violations.add(new Violation("closedAt", "REQUIRED", "a closed case needs the time it was closed"));
		}
		else if (closed && history.closedAt().isBefore(history.dispatched())) {
			violations.add(new Violation("closedAt", "BEFORE_DISPATCH", "closed (" + history.closedAt()
					+ ") before it was dispatched (" + history.dispatched() + ")"));
		}
		if (history.satisfaction() != null && !closed) {
			violations.add(new Violation("satisfaction", "NOT_CLOSED", "only a closed case has a callback's answer"));
		}
		if (history.evaluatedAt() != null && history.satisfaction() == null) {
			violations.add(new Violation("evaluatedAt", "NO_ANSWER", "a callback's time is kept with its answer"));
		}
		else if (history.evaluatedAt() != null && history.closedAt() != null
				&& history.evaluatedAt().isBefore(history.closedAt())) {
			violations.add(new Violation("evaluatedAt", "BEFORE_CLOSE", "called back (" + history.evaluatedAt()
					+ ") before it was closed (" + history.closedAt() + ")"));
		}
	}
}
