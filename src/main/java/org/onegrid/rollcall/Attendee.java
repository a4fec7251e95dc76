package org.onegrid.rollcall;

import java.time.Instant;

/**
 * One person called: {@code PRESENT} when they answered within the window, {@code LATE} after it, {@code ABSENT}
 * when the window closed without an answer, {@code WAITING} while it is open.
 */
public record Attendee(long personId, String name, Instant answeredAt, String status) {
}
