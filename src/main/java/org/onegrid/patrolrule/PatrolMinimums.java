package org.onegrid.patrolrule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onegrid.api.ApiProblem;
import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.fieldwork.PersonalPatrols;
import org.onegrid.people.GridTeams;
import org.onegrid.people.Organisation;
import org.onegrid.people.People;
import org.onegrid.people.Person;
import org.springframework.stereotype.Service;

/**
 * Checks the grid workers' patrol days against the patrol rules, one ISO week at a time. A day counts when the
 * worker's own track or an accepted check-in reached one of the grids they serve (see
 * {@link PersonalPatrols#patrolDaysOf}); a worker posted at a rule's unit or below it, in its role when it names one,
 * and serving at least one grid is covered by it. It reads what was recorded; it refuses nothing.
 */
@Service
public class PatrolMinimums {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private final PatrolRules rules;

	private final Organisation organisation;

	private final People people;

	private final GridTeams teams;

	private final PersonalPatrols patrols;

	private final WorkingCalendar calendar;

	PatrolMinimums(PatrolRules rules, Organisation organisation, People people, GridTeams teams,
			PersonalPatrols patrols, WorkingCalendar calendar) {
		this.rules = rules;
		this.organisation = organisation;
		this.people = people;
		this.teams = teams;
		this.patrols = patrols;
		this.calendar = calendar;
	}

	/**
	 * For every rule, each worker it covers who is posted at a unit {@code units} admits, in the ISO week such as
	 * {@code 2026-W48} (the current week when {@code null}), by rule and worker's name. 400 when the week is malformed.
	 */
	public List<PatrolWeek> check(String week, Predicate<String> units) {
		LocalDate monday = week == null ? calendar.today().with(DayOfWeek.MONDAY) : monday(week);
		return checkWeeks(monday, monday.plusDays(6), units);
	}

	/**
	 * The same for every ISO week from the one holding {@code from} to the one holding {@code to}, week by week. Each
	 * worker's patrol days are read once for the whole span, so a year costs one read per worker, not one per week.
	 */
	public List<PatrolWeek> checkWeeks(LocalDate from, LocalDate to, Predicate<String> units) {
		LocalDate first = from.with(DayOfWeek.MONDAY);
		LocalDate last = to.with(DayOfWeek.SUNDAY);
		Map<PatrolRule, List<Person>> coverage = new LinkedHashMap<>();
		Map<Long, SortedSet<LocalDate>> days = new HashMap<>();
		for (PatrolRule rule : rules.list()) {
			List<Person> workers = covered(rule).stream().filter(worker -> units.test(worker.unitCode())).toList();
			coverage.put(rule, workers);
			workers.forEach(worker -> days.computeIfAbsent(worker.id(), id -> patrols.patrolDaysOf(id, first, last)));
		}
		List<PatrolWeek> weeks = new ArrayList<>();
		for (LocalDate monday = first; monday.isBefore(last); monday = monday.plusWeeks(1)) {
			LocalDate sunday = monday.plusDays(6);
			String name = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
					+ String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			for (Map.Entry<PatrolRule, List<Person>> entry : coverage.entrySet()) {
				PatrolRule rule = entry.getKey();
				for (Person worker : entry.getValue()) {
					List<LocalDate> patrolled = new ArrayList<>(days.get(worker.id()).subSet(monday, sunday.plusDays(1)));
					weeks.add(new PatrolWeek(rule.code(), rule.unitCode(), rule.role(), name, monday, sunday,
							worker.id(), worker.name(), worker.unitCode(), patrolled.size(), patrolled,
							rule.minimumDaysPerWeek(), patrolled.size() >= rule.minimumDaysPerWeek()));
				}
			}
		}
		return weeks;
	}

	private List<Person> covered(PatrolRule rule) {
		List<Person> workers = new ArrayList<>();
		for (String unit : organisation.subtree(rule.unitCode())) {
			people.list(unit, null, rule.role()).stream().filter(person -> !teams.gridsOf(person.id()).isEmpty())
				.forEach(workers::add);
		}
		workers.sort(Comparator.comparing(Person::name).thenComparing(Person::id));
		return workers;
	}

	private static LocalDate monday(String week) {
		Matcher matcher = WEEK.matcher(week.strip());
		if (matcher.matches()) {
			LocalDate fourthOfJanuary = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4);
			int number = Integer.parseInt(matcher.group(2));
			if (fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(number)) {
				return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
			}
		}
		throw ApiProblem.invalidField("week", "INVALID_FORMAT", "week is an ISO week such as 2026-W48");
	}
}
