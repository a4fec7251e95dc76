package org.onegrid.rollcall;

import java.time.LocalTime;

/**
 * A unit's standing roll call (例行点名): at {@code at} (the district's time) on each working day, or every day when
 * {@code workingDaysOnly} is false, the roll of the unit's people (in {@code role}, if given) is called, with
 * {@code minutes} to answer.
 *
 * @param workingDaysOnly true when not given
 */
public record RollCallRule(String code, String unitCode, String role, LocalTime at, Integer minutes,
		Boolean workingDaysOnly, String note) {
}
