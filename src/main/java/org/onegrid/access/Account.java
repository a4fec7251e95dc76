package org.onegrid.access;

import java.time.Instant;
import java.util.List;

/**
 * A sign-in account as administrators see it; the password hash never leaves the module.
 *
 * @param demoPassword whether the password is one published for the demo, which a production start refuses
 */
public record Account(long id, String username, String displayName, List<String> roles, Long personId,
		boolean enabled, Instant lockedUntil, boolean demoPassword, Instant createdAt) {

	public Account {
		roles = List.copyOf(roles);
	}
}
