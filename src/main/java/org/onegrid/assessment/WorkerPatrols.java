package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onegrid.calendar.WorkingCalendar;
import org.onegrid.patrolrule.PatrolMinimums;
import org.onegrid.patrolrule.PatrolWeek;
import org.springframework.stereotype.Component;

/**
 * How often a worker met the patrol minimums that cover them (巡查频次), asked of the patrol rule module's public API:
 * the ISO weeks ending in the period (on or before the as-of day) in which a minimum applied to the worker, and those
 * in which they met every minimum that applied. A week counts in the period its Sunday falls in, so a month or a
 * year counts each week once; a day or a week still running counts none.
 */
@Component
class WorkerPatrols {

	/** One person's covered weeks and the weeks they met every minimum in. */
	record Tally(long weeks, long met) {
	}

	private final PatrolMinimums minimums;

	private final ZoneId zone;

	WorkerPatrols(PatrolMinimums minimums, WorkingCalendar calendar) {
		this.minimums = minimums;
		this.zone = calendar.zone();
	}

	/** Each covered person's tally over the weeks ending in the period, by person id. */
	Map<Long, Tally> tallies(Instant start, Instant end, Instant asOf) {
		LocalDate firstSunday = start.atZone(zone).toLocalDate().with(DayOfWeek.SUNDAY);
		LocalDate until = (asOf.isBefore(end) ? asOf : end).atZone(zone).toLocalDate();
		Map<Long, Tally> tallies = new HashMap<>();
		if (!firstSunday.isBefore(until)) {
			return tallies;
		}
		LocalDate lastSunday = until.minusDays(1).with(DayOfWeek.SUNDAY);
		lastSunday = lastSunday.isBefore(until) ? lastSunday : lastSunday.minusWeeks(1);
		Map<String, Boolean> weeks = new HashMap<>();
		for (PatrolWeek worker : minimums.checkWeeks(firstSunday, lastSunday, unit -> true)) {
			weeks.merge(worker.week() + " " + worker.personId(), worker.met(), Boolean::logicalAnd);
		}
		weeks.forEach((key, met) -> tallies.merge(Long.parseLong(key.substring(key.indexOf(' ') + 1)),
				new Tally(1, met ? 1 : 0), (a, b) -> new Tally(a.weeks() + b.weeks(), a.met() + b.met())));
		return tallies;
	}

	/** The usernames of the accounts whose person a minimum covered, so that they have a row. */
	String[] coveredAccounts(Map<String, Long> persons, Map<Long, Tally> tallies) {
		return persons.entrySet().stream().filter(entry -> tallies.containsKey(entry.getValue()))
			.map(Map.Entry::getKey).sorted().toArray(String[]::new);
	}

	/** The figures with {@code patrolWeeks}, {@code patrolWeeksMet} and {@code patrolMinimumRate} added. */
	Figures add(Figures figures, Long personId, Map<Long, Tally> tallies) {
		Map<String, BigDecimal> values = new LinkedHashMap<>(figures.values());
		Tally tally = personId == null ? null : tallies.getOrDefault(personId, new Tally(0, 0));
		values.put("patrolWeeks", tally == null ? null : BigDecimal.valueOf(tally.weeks()));
		values.put("patrolWeeksMet", tally == null ? null : BigDecimal.valueOf(tally.met()));
		values.put("patrolMinimumRate", tally == null ? null : Figures.rate(tally.met(), tally.weeks()));
		return new Figures(figures.object(), values);
	}
}
