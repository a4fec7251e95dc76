package org.onegrid.notification;

import java.time.Instant;

/**
 * An alert about a case that reached nobody, waiting in the command centre's queue.
 *
 * @param unitCode the unit responsible for the case's grid, if any owns it
 * @param resolvedBy who took it, once taken
 */
public record UnassignedAlert(long id, long caseId, String kind, String message, String layerCode, String gridCode,
		String unitCode, Instant createdAt, Instant resolvedAt, String resolvedBy) {
}
