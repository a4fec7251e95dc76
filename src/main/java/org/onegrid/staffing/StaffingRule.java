package org.onegrid.staffing;

import java.time.LocalTime;

/**
 * A unit's staffing minimum: on each day it applies (each working day when {@code workingDaysOnly}, else every
 * day), at least {@code minimumStaff} people hold a shift of the unit covering the whole slot {@code [start, end)}
 * in the district's time, and at least {@code minimumQualified} of them hold {@code qualification} on that day.
 *
 * @param departmentCode when given, only the department's people count: a command room shared by several
 * departments has one rule per department
 * @param duty when given, only shifts in this duty (a role code) count
 * @param qualification when {@code null}, {@code minimumQualified} is 0
 */
public record StaffingRule(String code, String unitCode, String departmentCode, String duty, LocalTime start,
		LocalTime end, boolean workingDaysOnly, int minimumStaff, String qualification, int minimumQualified) {
}
