package org.onegrid.spotcheck;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A standing check of where a unit's grid workers are (定位定时、随机督查): on each working day, or every day when
 * {@code workingDaysOnly} is false, at each of {@code times} (the district's time) and at
 * {@code randomChecksPerDay} random times within working hours, the last known position of the grid workers posted
 * at the unit or below it (in {@code role}, if given) is checked against their grids.
 *
 * @param unit the unit whose grid workers are checked, such as a town
 * @param times the fixed times of day, such as {@code 09:00}; may be empty when there are random checks
 * @param randomChecksPerDay 0 to 24 random checks a day, 0 when not given
 * @param sampleSize how many workers each check picks at random; everyone when not given
 * @param toleranceMinutes how old a position may be at the check's time and still count, 1 to 1440, 30 when not given
 * @param workingDaysOnly true when not given
 */
public record SpotCheckRule(String code, String unit, String role, List<LocalTime> times, Integer randomChecksPerDay,
		Integer sampleSize, Integer toleranceMinutes, Boolean workingDaysOnly, String note) {

	public SpotCheckRule {
		times = times == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(times));
	}
}
