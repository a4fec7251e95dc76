package org.onegrid.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Predicate;

/**
 * How often a standing meeting sits: on the n-th working day of each week (Monday to Sunday) or of each month, so
 * that "每月月初" is the first working day of the month, whatever holiday the month starts with.
 */
enum Cadence {

	WEEKLY(5), MONTHLY(23);

	private final int maxWorkingDay;

	Cadence(int maxWorkingDay) {
		this.maxWorkingDay = maxWorkingDay;
	}

	int maxWorkingDay() {
		return maxWorkingDay;
	}

	/** Whether {@code day} is the {@code n}-th working day of its week or month. */
	boolean sitsOn(LocalDate day, int n, Predicate<LocalDate> working) {
		if (!working.test(day)) {
			return false;
		}
		LocalDate first = this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day.withDayOfMonth(1);
		int count = 0;
		for (LocalDate d = first; !d.isAfter(day); d = d.plusDays(1)) {
			if (working.test(d)) {
				count++;
			}
		}
		return count == n;
	}
}
