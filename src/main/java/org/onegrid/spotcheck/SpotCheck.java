package org.onegrid.spotcheck;

import java.time.Instant;
import java.util.List;

/**
 * A check made by a rule at one time of one day: a fixed daily position check ({@code FIXED}) or a random spot check
 * ({@code RANDOM}), with how many workers it checked, how many it found in their grids, outside them or without a
 * recent position, and each worker's result (those the reader may see).
 */
public record SpotCheck(long id, String ruleCode, String unitCode, String kind, Instant slotAt, Instant checkedAt,
		int checked, int inGrid, int outOfGrid, int noPosition, List<SpotCheckResult> results) {

	public SpotCheck {
		results = List.copyOf(results);
	}
}
