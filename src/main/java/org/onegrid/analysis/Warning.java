package org.onegrid.analysis;

import java.time.Instant;
import java.util.List;

/**
 * An early warning: a rule found {@code observed} cases of a category in a grid where {@code expected} were to be
 * expected, with the chance {@code pValue} of so many by chance alone, and lists the cases behind it.
 *
 * @param subject what makes the warning one of its kind: the day it was found, or the pair of cases that recur
 * @param actedAt when the warning was turned into supervision of its cases, {@code null} while it was not
 */
public record Warning(long id, Rule rule, String layer, String grid, String minorCode, String subject, int observed,
		double expected, double pValue, Instant detectedAt, Instant actedAt, String actedBy, List<Long> caseIds) {

	public Warning {
		caseIds = List.copyOf(caseIds);
	}

	/** The rule that found a warning. */
	public enum Rule {
		HOT_SPOT, SURGE, RECURRENCE
	}
}
