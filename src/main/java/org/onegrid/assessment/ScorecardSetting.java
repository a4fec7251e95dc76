package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one object type is scored, as a district states it: each indicator's weight in points (the weights add up to
 * 100), whether it earns its rate or {@code 1 − rate}, and the lowest score of each grade (优 / 良 / 中 / 差 or the
 * district's own names).
 *
 * @param objectType DEPARTMENT, GRID, CHANNEL, WORKER or OPERATOR; taken from the address when one is sent
 * @param bundle the part of each person's score that is their grids' score (捆绑制), or {@code null} for none
 */
public record ScorecardSetting(String objectType, List<Item> items, List<Grade> grades, Bundle bundle) {

	public ScorecardSetting(String objectType, List<Item> items, List<Grade> grades) {
		this(objectType, items, grades, null);
	}

	/** An indicator that is a share from 0 to 1, worth {@code weight} points; inverted, {@code 1 − rate} earns them. */
	public record Item(String indicator, BigDecimal weight, Boolean inverted) {
	}

	/** A grade, reached by a score of at least {@code minScore}. */
	public record Grade(String grade, BigDecimal minScore) {
	}

	/**
	 * A worker's final score is {@code (100 − weight)}% their own items and {@code weight}% the mean score that
	 * month of the grids of {@code objectType} (GRID) they serve.
	 */
	public record Bundle(String objectType, BigDecimal weight) {
	}
}
