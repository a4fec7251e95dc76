package org.onegrid.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.onegrid.api.Dates;

/**
 * A shift about to be written to the roster, before its checks; {@code field} names it in the problems found.
 */
record PlannedShift(String field, Long personId, String duty, Instant start, Instant end) {

	void check(Input input, Function<Long, Optional<Person>> persons) {
		String prefix = field.isEmpty() ? "" : field + ".";
		var person = personId == null ? null : persons.apply(personId).orElse(null);
		if (personId == null) {
			input.add(prefix + "personId", "REQUIRED", "personId is required");
		}
		else if (person == null) {
			input.add(prefix + "personId", "UNKNOWN", "there is no person " + personId);
		}
		if (Input.optional(duty) == null) {
			input.add(prefix + "duty", "REQUIRED", "duty (the role on duty) is required");
		}
		else if (person != null && !person.roles().contains(duty)) {
			input.add(prefix + "duty", "NOT_HELD", person.name() + " does not hold the role '" + duty + "'");
		}
		if (start == null || end == null) {
			input.add(prefix + (start == null ? "startsAt" : "endsAt"), "REQUIRED", "a shift needs a start and an end");
		}
		else if (!Dates.inRange(start) || !Dates.inRange(end)) {
			input.add(prefix + (Dates.inRange(start) ? "endsAt" : "startsAt"), "OUT_OF_RANGE",
					Dates.outOfRange(Dates.inRange(start) ? "endsAt" : "startsAt").detail());
		}
		else if (!end.isAfter(start) || Duration.between(start, end).compareTo(DutyRoster.LONGEST_SHIFT) > 0) {
			input.add(prefix + "endsAt", "OUT_OF_RANGE", "a shift ends after it starts and lasts at most 7 days");
		}
	}
}
