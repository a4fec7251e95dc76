package org.onegrid.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.api.Violation;

/**
 * Finds the planned shifts that would give a person two overlapping shifts, against each other and against the
 * shifts already stored. Per person, shifts are sorted by start and swept once, so a pattern of thousands of
 * shifts costs a sort, not a comparison of every pair.
 */
final class ShiftOverlaps {

	private ShiftOverlaps() {
	}

	/**
	 * The overlaps, one violation per colliding planned shift.
	 *
	 * @param stored the person's stored shifts overlapping {@code [from, to)}
	 */
	static List<Violation> of(List<PlannedShift> planned, StoredShifts stored) {
		Map<Long, List<PlannedShift>> byPerson = new LinkedHashMap<>();
		planned.forEach(shift -> byPerson.computeIfAbsent(shift.personId(), id -> new ArrayList<>()).add(shift));
		List<Violation> overlaps = new ArrayList<>();
		byPerson.forEach((person, shifts) -> {
			Instant from = shifts.stream().map(PlannedShift::start).min(Comparator.naturalOrder()).orElseThrow();
			Instant to = shifts.stream().map(PlannedShift::end).max(Comparator.naturalOrder()).orElseThrow();
			List<Interval> intervals = new ArrayList<>();
			stored.of(person, from, to).forEach(shift -> intervals.add(new Interval(shift.startsAt(),
					shift.endsAt(), null, "already on duty as " + shift.duty() + " for " + shift.unitCode()
							+ " from " + shift.startsAt() + " to " + shift.endsAt() + " (shift " + shift.id() + ")")));
			shifts.forEach(shift -> intervals.add(new Interval(shift.start(), shift.end(), shift,
					"would hold two overlapping shifts from " + shift.start())));
			intervals.sort(Comparator.comparing(Interval::start).thenComparing(i -> i.planned() != null));
			sweep(person, intervals, overlaps);
		});
		return overlaps;
	}

	private static void sweep(long person, List<Interval> intervals, List<Violation> overlaps) {
		Interval latest = null;
		for (Interval interval : intervals) {
			if (latest != null && interval.start().isBefore(latest.end())) {
				Interval planned = interval.planned() != null ? interval : latest;
				if (planned.planned() != null) {
					Interval other = planned == interval ? latest : interval;
					overlaps.add(new Violation(planned.planned().field(), "OVERLAP",
							"person " + person + " " + (other.planned() == null ? other.text() : planned.text())));
				}
			}
			if (latest == null || interval.end().isAfter(latest.end())) {
				latest = interval;
			}
		}
	}

	/** The stored shifts of a person overlapping {@code [from, to)}. */
	@FunctionalInterface
	interface StoredShifts {

		List<DutyShift> of(long person, Instant from, Instant to);
	}

	private record Interval(Instant start, Instant end, PlannedShift planned, String text) {
	}
}
