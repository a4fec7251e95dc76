package org.onegrid.notification;

import java.time.Instant;

/**
 * One notice to one person, about one case or about their own account.
 *
 * @param caseId the case, or {@code null} for a notice about the person's account
 * @param kind {@code light-yellow}, {@code light-red}, {@code escalated} or {@code account-locked}
 */
public record Notification(long id, long personId, Long caseId, String kind, String message, Instant createdAt,
		Instant readAt) {
}
