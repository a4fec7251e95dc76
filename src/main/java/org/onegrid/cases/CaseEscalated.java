package org.onegrid.cases;

import java.time.Instant;

/**
 * A case went up one grid level (上报) in its primary {@code layer}, by a person or by the overdue sweep
 * ({@code by = system}); any department it was dispatched to is no longer handling it. {@code seq} is the step's
 * place in the case's timeline.
 */
public record CaseEscalated(Long caseId, String layer, String fromGrid, String toGrid, String by, String reason,
		long seq, Instant escalatedAt) {
}
