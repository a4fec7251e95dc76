package org.onegrid.cases;

import java.time.Instant;

import org.onegrid.catalogue.Stage;

/**
 * A case's stage turned yellow (most of its time used) or red (overdue). Whoever is on duty for
 * {@code handlingGrid} (in the case's primary {@code layer}) or {@code leadDepartment} should hear of it.
 */
public record CaseLightChanged(Long caseId, Stage stage, Light light, Instant deadline, String layer,
		String handlingGrid, String leadDepartment) {
}
