package org.onegrid.webhook;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One event on its way to one subscriber, as an administrator sees it.
 *
 * @param status {@code pending} (waiting for its next attempt), {@code delivered} (a 2xx answer came) or
 * {@code dead} (its last attempt failed; it waits for an administrator to re-queue it)
 * @param attempts how many attempts were made since it was recorded or last re-queued
 * @param lastStatus the HTTP status of the last attempt, or {@code null} when no answer came
 * @param lastError why the last attempt failed, when it did
 * @param payload the body sent, exactly as signed
 */
public record Delivery(long id, long subscriberId, UUID eventId, String eventType, long caseId, Instant occurredAt,
		String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
		String lastError, Instant deliveredAt, Instant createdAt, JsonNode payload) {
}
