package org.onegrid.cases;

import java.time.Instant;

import org.onegrid.catalogue.Stage;

/**
 * A case's stage turned yellow (most of its time used) or red (overdue). Whoever is on duty for
 * {@code handlingGrid} or {@code leadDepartment} should hear of it.
 */
public record CaseLightChanged(Long caseId, Stage stage, Light light, Instant deadline, String handlingGrid,
		String leadDepartment) {
}
