package org.onegrid.people;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.onegrid.api.ApiProblem;
import org.onegrid.api.Dates;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.ShiftPattern.DailyShift;
import org.onegrid.people.internal.Persons;
import org.onegrid.people.internal.Shifts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 7×24 duty roster of each unit (值班表): who is on duty, in which role, when. The 中山 street's 多格合一 plan's command
 * runs by day under a street leader and by night under the police station's leader; both are simply shifts with the
 * duty {@code leader}.
 * <p>
 * Shifts are half-open, {@code [start, end)}, so a day shift ending at 20:00 and a night shift starting at 20:00
 * meet without overlapping. Nobody holds two overlapping shifts, in any unit: such a shift is refused with a 409
 * naming the shift it collides with. A pattern is written all or nothing.
 */
@Service
public class DutyRoster {

	static final Duration LONGEST_SHIFT = Duration.ofDays(7);

	static final int MOST_SHIFTS = 5000;

	private final Shifts shifts;

	private final Persons persons;

	private final Organisation organisation;

	private final ZoneId zone;

	DutyRoster(Shifts shifts, Persons persons, Organisation organisation, WorkingCalendar calendar) {
		this.shifts = shifts;
		this.persons = persons;
		this.organisation = organisation;
		this.zone = calendar.zone();
	}

	/** The people on duty for the unit at the instant, with their duty. */
	public List<DutyShift> onDuty(String unitCode, Instant at) {
		organisation.get(unitCode);
		return shifts.ofUnit(unitCode, at, at.plus(1, java.time.temporal.ChronoUnit.MICROS));
	}

	/** Everyone on duty at the instant, in every unit, by unit. */
	public Map<String, List<DutyShift>> onDutyEverywhere(Instant at) {
		Map<String, List<DutyShift>> byUnit = new HashMap<>();
		shifts.at(at).forEach(shift -> byUnit.computeIfAbsent(shift.unitCode(), k -> new ArrayList<>()).add(shift));
		return byUnit;
	}

	/** The unit's shifts overlapping {@code [from, to)}. */
	public List<DutyShift> shifts(String unitCode, Instant from, Instant to) {
		organisation.get(unitCode);
		return shifts.ofUnit(unitCode, from, to);
	}

	@Transactional
	public DutyShift add(String unitCode, ShiftRequest request) {
		organisation.get(unitCode);
		var planned = new PlannedShift("", request.personId(), request.duty(), request.startsAt(), request.endsAt());
		return write(unitCode, List.of(planned)).get(0);
	}

	/** Writes every shift of the pattern, or none of them. */
	@Transactional
	public List<DutyShift> apply(String unitCode, ShiftPattern pattern) {
		organisation.get(unitCode);
		var input = new Input();
		if (pattern.from() == null) {
			input.add("from", "REQUIRED", "from (the first date) is required");
		}
		else if (!Dates.inRange(pattern.from())) {
			input.add("from", "OUT_OF_RANGE", Dates.outOfRange("from").detail());
		}
		if (pattern.days() == null || pattern.days() < 1 || pattern.days() > 62) {
			input.add("days", "OUT_OF_RANGE", "days is 1 to 62");
		}
		List<DailyShift> daily = pattern.shifts() == null ? List.of() : pattern.shifts();
		if (daily.isEmpty()) {
			input.add("shifts", "REQUIRED", "a pattern needs at least one daily shift");
		}
		for (int s = 0; s < daily.size(); s++) {
			checkDaily(daily.get(s), "shifts[" + s + "]", input);
		}
		if (pattern.days() != null && (long) pattern.days() * daily.size() > MOST_SHIFTS) {
			input.add("shifts", "SIZE", "a pattern writes at most " + MOST_SHIFTS + " shifts (days × daily shifts)");
		}
		input.failIfAny();
		List<PlannedShift> planned = new ArrayList<>();
		for (int day = 0; day < pattern.days(); day++) {
			LocalDate date = pattern.from().plusDays(day);
			for (int s = 0; s < daily.size(); s++) {
				DailyShift shift = daily.get(s);
				LocalDate endDate = shift.end().isAfter(shift.start()) ? date : date.plusDays(1);
				planned.add(new PlannedShift("shifts[" + s + "]", shift.people().get(day % shift.people().size()),
						shift.duty(), date.atTime(shift.start()).atZone(zone).toInstant(),
						endDate.atTime(shift.end()).atZone(zone).toInstant()));
			}
		}
		return write(unitCode, planned);
	}

	private static void checkDaily(DailyShift shift, String field, Input input) {
		if (shift == null) {
			input.add(field, "REQUIRED", field + " is empty; a daily shift needs start, end and people");
			return;
		}
		if (shift.start() == null || shift.end() == null) {
			input.add(field + (shift.start() == null ? ".start" : ".end"), "REQUIRED",
					"a daily shift needs start and end times");
		}
		if (shift.people() == null || shift.people().isEmpty()) {
			input.add(field + ".people", "REQUIRED", "a daily shift needs at least one person");
		}
		else {
			for (int p = 0; p < shift.people().size(); p++) {
				if (shift.people().get(p) == null) {
					input.add(field + ".people[" + p + "]", "REQUIRED", "a person id is required, not null");
				}
			}
		}
	}

	/** Removes one of the unit's shifts; 404 when the unit has no such shift. */
	public void remove(String unitCode, long id) {
		if (!shifts.delete(unitCode, id)) {
			throw ApiProblem.notFound("Shift", Long.toString(id));
		}
	}

	private List<DutyShift> write(String unitCode, List<PlannedShift> planned) {
		var input = new Input();
		Map<Long, Optional<Person>> people = new HashMap<>();
		planned.forEach(shift -> shift.check(input, id -> people.computeIfAbsent(id, persons::find)));
		input.failIfAny();
		new TreeSet<>(planned.stream().map(PlannedShift::personId).toList()).forEach(persons::lock);
		List<Violation> overlaps = ShiftOverlaps.of(planned, shifts::ofPerson);
		if (!overlaps.isEmpty()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "conflict",
					"A person cannot hold overlapping shifts; nothing was changed", overlaps);
		}
		List<DutyShift> written = new ArrayList<>();
		for (PlannedShift shift : planned) {
			long id = shifts.add(unitCode, shift.personId(), shift.duty(), shift.start(), shift.end());
			written.add(new DutyShift(id, unitCode, shift.personId(), persons.find(shift.personId()).orElseThrow().name(),
					shift.duty(), shift.start(), shift.end()));
		}
		return written;
	}
}
