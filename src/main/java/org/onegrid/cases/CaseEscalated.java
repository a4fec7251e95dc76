package org.onegrid.cases;

/**
 * A case went up one grid level (上报) in its primary {@code layer}, by a person or by the overdue sweep
 * ({@code by = system}).
 */
public record CaseEscalated(Long caseId, String layer, String fromGrid, String toGrid, String by, String reason) {
}
