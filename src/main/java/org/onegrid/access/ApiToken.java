package org.onegrid.access;

import java.time.Instant;

/**
 * A personal API token as its owner sees it later: only its first characters, never the secret.
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
		Instant lastUsedAt) {
}
