package org.onegrid.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.onegrid.api.Dates;
import org.onegrid.api.Fields;
import org.onegrid.api.Violation;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.people.DutyRoster;
import org.onegrid.people.DutyShift;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.springframework.stereotype.Service;

/**
 * Checks the units' rosters against their staffing rules, day by day: which days a rule is met and which fall
 * short, and why. It reads the roster as planned; it refuses nothing.
 * <p>
 * A shift counts for a day when it covers the rule's whole slot that day; two people who split the slot between
 * them count as nobody for it. A qualification counts when it is valid on that day.
 */
@Service
public class Staffing {

	/** The longest range one check covers, in days. */
	static final int MOST_DAYS = 62;

	private final StaffingRules rules;

	private final DutyRoster roster;

	private final People people;

	private final WorkingCalendar calendar;

	Staffing(StaffingRules rules, DutyRoster roster, People people, WorkingCalendar calendar) {
		this.rules = rules;
		this.roster = roster;
		this.people = people;
		this.calendar = calendar;
	}

	/**
	 * Every rule of the units {@code units} admits, on every day from {@code from} to {@code to} (both included)
	 * it applies, by rule and day. 400 when the range is missing, reversed or longer than {@value #MOST_DAYS} days.
	 */
	public List<StaffingDay> check(LocalDate from, LocalDate to, Predicate<String> units) {
		checkRange(from, to);
		List<StaffingDay> days = new ArrayList<>();
		for (StaffingRule rule : rules.list()) {
			if (units.test(rule.unitCode())) {
				days.addAll(check(rule, from, to));
			}
		}
		return days;
	}

	private List<StaffingDay> check(StaffingRule rule, LocalDate from, LocalDate to) {
		ZoneId zone = calendar.zone();
		List<DutyShift> shifts = roster.shifts(rule.unitCode(), from.atTime(rule.start()).atZone(zone).toInstant(),
				to.atTime(rule.end()).atZone(zone).toInstant());
		Map<Long, Person> persons = new HashMap<>();
		people.byIds(shifts.stream().map(DutyShift::personId).distinct().toList())
			.forEach(person -> persons.put(person.id(), person));
		List<StaffingDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (!rule.workingDaysOnly() || calendar.isWorkingDay(date)) {
				days.add(day(rule, date, shifts, persons));
			}
		}
		return days;
	}

	private StaffingDay day(StaffingRule rule, LocalDate date, List<DutyShift> shifts, Map<Long, Person> persons) {
		Instant start = date.atTime(rule.start()).atZone(calendar.zone()).toInstant();
		Instant end = date.atTime(rule.end()).atZone(calendar.zone()).toInstant();
		List<DutyShift> covering = shifts.stream()
			.filter(shift -> !shift.startsAt().isAfter(start) && !shift.endsAt().isBefore(end))
			.filter(shift -> rule.duty() == null || rule.duty().equals(shift.duty()))
			.filter(shift -> rule.departmentCode() == null || persons.containsKey(shift.personId())
					&& rule.departmentCode().equals(persons.get(shift.personId()).departmentCode()))
			.toList();
		Set<Long> staff = new HashSet<>();
		Set<Long> qualified = new HashSet<>();
		for (DutyShift shift : covering) {
			staff.add(shift.personId());
			Person person = persons.get(shift.personId());
			if (rule.qualification() != null && person != null && person.qualifiedOn(rule.qualification(), date)) {
				qualified.add(shift.personId());
			}
		}
		boolean met = staff.size() >= rule.minimumStaff() && qualified.size() >= rule.minimumQualified();
		return new StaffingDay(rule.code(), rule.unitCode(), rule.departmentCode(), date, rule.start().toString(),
				rule.end().toString(), staff.size(), rule.minimumStaff(), rule.qualification(), qualified.size(),
				rule.minimumQualified(), met, met ? null : StaffingDay.reason(staff.size(), rule.minimumStaff(),
						rule.qualification(), qualified.size(), rule.minimumQualified()),
				covering);
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		List<Violation> violations = new ArrayList<>();
		if (from == null || to == null) {
			violations.add(new Violation(from == null ? "from" : "to", "REQUIRED",
					"from and to are the first and last day, such as 2026-12-01"));
		}
		else {
			Dates.check(from, "from", violations);
			Dates.check(to, "to", violations);
			if (violations.isEmpty() && to.isBefore(from)) {
				violations.add(new Violation("to", "OUT_OF_RANGE", "to is not before from"));
			}
			else if (violations.isEmpty() && ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
				violations.add(new Violation("to", "OUT_OF_RANGE", "one check covers at most " + MOST_DAYS + " days"));
			}
		}
		Fields.failIfAny(violations);
	}
}
