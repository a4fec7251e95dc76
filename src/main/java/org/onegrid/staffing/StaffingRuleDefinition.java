package org.onegrid.staffing;

import java.time.LocalTime;

/**
 * A staffing rule as a client sends it, its code in the address; every field is checked and every problem listed.
 *
 * @param workingDaysOnly true when not given
 * @param minimumQualified 1 when a qualification is given and this is not, else 0
 */
public record StaffingRuleDefinition(String unitCode, String departmentCode, String duty, LocalTime start,
		LocalTime end, Boolean workingDaysOnly, Integer minimumStaff, String qualification, Integer minimumQualified) {
}
