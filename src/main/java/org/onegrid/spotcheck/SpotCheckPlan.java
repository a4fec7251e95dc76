package org.onegrid.spotcheck;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.onegrid.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * When a rule checks on a day and whom each check picks. The random times and the sample come from a random sequence
 * seeded by the rule's code and the day (for the times) or the check's time (for the sample), so that every instance,
 * and a rerun, arrives at the same times and the same workers, while nobody can tell them in advance from the rule.
 * Random times fall within the working hours of a working day, those of the next working day on a rest day.
 */
@Component
class SpotCheckPlan {

	/** A check due at {@code at}: {@code FIXED} at one of the rule's times of day, or {@code RANDOM}. */
	record Slot(String kind, Instant at) {
	}

	private final WorkingCalendar calendar;

	SpotCheckPlan(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The rule's checks on the day, in time order; none on a rest day when the rule keeps to working days. */
	List<Slot> slots(SpotCheckRule rule, LocalDate day) {
		if (rule.workingDaysOnly() && !calendar.isWorkingDay(day)) {
			return List.of();
		}
		List<Slot> slots = new ArrayList<>();
		TreeSet<LocalTime> taken = new TreeSet<>(rule.times());
		rule.times().forEach(time -> slots.add(new Slot("FIXED", at(day, time))));
		int wanted = rule.randomChecksPerDay() == null ? 0 : rule.randomChecksPerDay();
		Random random = new Random(seed(rule.code() + "@" + day));
		LocalDate working = calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
		Instant opening = working.atStartOfDay(calendar.zone()).toInstant();
		long minutes = Math.max(1, calendar.workingDayLength().toMinutes());
		for (int made = 0, tries = 0; made < wanted && tries < 1000; tries++) {
			LocalTime time = calendar.plusWorkingTime(opening, java.time.Duration.ofMinutes(random.nextLong(minutes)))
				.atZone(calendar.zone()).toLocalTime();
			if (taken.add(time)) {
				slots.add(new Slot("RANDOM", at(day, time)));
				made++;
			}
		}
		slots.sort(Comparator.comparing(Slot::at));
		return slots;
	}

	/** The workers a check at {@code at} picks: all when the rule samples nobody in particular, ordered by id. */
	<T> List<T> sample(SpotCheckRule rule, Instant at, List<T> workers, ToLongFunction<T> id) {
		List<T> ordered = new ArrayList<>(workers);
		ordered.sort(Comparator.comparingLong(id));
		if (rule.sampleSize() == null || rule.sampleSize() >= ordered.size()) {
			return ordered;
		}
		java.util.Collections.shuffle(ordered, new Random(seed(rule.code() + "@" + at)));
		List<T> picked = new ArrayList<>(ordered.subList(0, rule.sampleSize()));
		picked.sort(Comparator.comparingLong(id));
		return picked;
	}

	private Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(calendar.zone()).toInstant();
	}

	private static long seed(String text) {
		return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}
}
