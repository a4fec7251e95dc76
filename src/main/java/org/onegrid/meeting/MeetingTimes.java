package org.onegrid.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.onegrid.api.Violation;

/**
 * When a meeting may start and how long it may last, the same for a unit's and a grid's meetings and their standing
 * rules: a meeting called by hand starts from an hour ago to 90 days ahead, and every meeting lasts 15 minutes to
 * eight hours, a standing one ending by midnight.
 */
final class MeetingTimes {

	private MeetingTimes() {
	}

	/** When the requested meeting starts, {@code now} when not given; a violation when it is out of range. */
	static Instant startOf(MeetingRequest request, Instant now, List<Violation> violations) {
		Instant startsAt = request.startsAt() == null ? now : request.startsAt();
		if (startsAt.isBefore(now.minus(Duration.ofHours(1))) || startsAt.isAfter(now.plus(Duration.ofDays(90)))) {
			violations.add(new Violation("startsAt", "RANGE", "a meeting starts from an hour ago to 90 days ahead"));
		}
		return startsAt;
	}

	/** A violation when the length is out of range, or when a standing meeting starting {@code at} passes midnight. */
	static void checkLength(Integer length, LocalTime at, List<Violation> violations) {
		if (length != null && (length < 15 || length > 480)) {
			violations.add(new Violation("lengthMinutes", "RANGE", "a meeting lasts 15 to 480 minutes"));
		}
		else if (length != null && at != null && at.plusMinutes(length).isBefore(at)) {
			violations.add(new Violation("lengthMinutes", "PAST_MIDNIGHT", "a standing meeting ends by midnight"));
		}
	}
}
