package org.onegrid.patrolrule;

import java.time.LocalDate;
import java.util.List;

/**
 * How one grid worker a rule covers fared in one ISO week: the days from {@code monday} to {@code sunday} on which
 * they patrolled their grids, against the rule's minimum.
 *
 * @param week the ISO week, such as {@code 2026-W48}
 * @param workerUnitCode the unit the worker is posted at, the rule's unit or one below it
 * @param days the patrol days, oldest first
 */
public record PatrolWeek(String ruleCode, String unitCode, String role, String week, LocalDate monday,
		LocalDate sunday, long personId, String name, String workerUnitCode, int patrolDays, List<LocalDate> days,
		int minimumDaysPerWeek, boolean met) {

	public PatrolWeek {
		days = List.copyOf(days);
	}
}
