package org.onegrid.notification;

import java.time.Instant;

/**
 * One notice to one person about one case.
 *
 * @param kind {@code light-yellow}, {@code light-red} or {@code escalated}
 */
public record Notification(long id, long personId, long caseId, String kind, String message, Instant createdAt,
		Instant readAt) {
}
