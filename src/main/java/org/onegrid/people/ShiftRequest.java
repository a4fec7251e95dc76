package org.onegrid.people;

import java.time.Instant;

/**
 * A single shift as a client sends it; the person must hold the role named by {@code duty}.
 */
public record ShiftRequest(Long personId, String duty, Instant startsAt, Instant endsAt) {
}
