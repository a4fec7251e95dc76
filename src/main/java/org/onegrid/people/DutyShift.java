package org.onegrid.people;

import java.time.Instant;

/**
 * One person on duty for a unit over {@code [startsAt, endsAt)}.
 *
 * @param duty the role on duty, a role code such as {@code shift-leader} (值班长) or {@code leader} (带班领导)
 */
public record DutyShift(long id, String unitCode, long personId, String personName, String duty, Instant startsAt,
		Instant endsAt) {

	public boolean covers(Instant instant) {
		return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
	}

	public boolean overlaps(Instant start, Instant end) {
		return startsAt.isBefore(end) && start.isBefore(endsAt);
	}
}
