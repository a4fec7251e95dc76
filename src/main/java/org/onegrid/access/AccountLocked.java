package org.onegrid.access;

import java.time.Instant;

/**
 * An account was locked after too many wrong passwords. The sign-in answer never says so, to anyone; the account's
 * owner is told privately instead, so that they learn that someone tried their password and when they may sign in
 * again.
 *
 * @param personId the person behind the account, or {@code null} for an account without one
 * @param attempts the wrong passwords counted within the lockout window
 */
public record AccountLocked(long accountId, String username, Long personId, int attempts, Instant until) {
}
