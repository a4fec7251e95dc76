package org.onegrid.fieldwork;

import java.time.LocalDate;
import java.util.List;

/**
 * The grids patrolled on fewer than {@code minDays} days of an ISO week.
 *
 * @param week the ISO week, e.g. {@code 2026-W10}
 * @param checked how many grids were looked at
 * @param below those patrolled too rarely, fewest days first
 */
public record CoverageReport(String layerCode, String week, LocalDate from, LocalDate to, int minDays, int checked,
		List<GridDays> below) {

	/** A grid and the days it was patrolled. */
	public record GridDays(String gridCode, String gridName, String levelName, int days, List<LocalDate> dates) {
	}
}
