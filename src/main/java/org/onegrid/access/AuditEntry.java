package org.onegrid.access;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log.
 *
 * @param action such as {@code sign-in}, {@code sign-in-failed}, {@code account-locked}, {@code token-created},
 * {@code config-change}, {@code pii-read}
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String ip,
		Map<String, Object> details) {
}
