package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One object's result for a month on its type's scorecard.
 *
 * @param object the department's or grid's code
 * @param score the weighted sum of its indicators, out of the scorecard's total weight, to two decimal places
 * @param grade 优, 良, 中 or 差, by the configured thresholds
 * @param rank its place among the peers scored that month, 1 for the best; equal scores share a rank
 * @param change the score minus the previous period's score (环比), or {@code null} when it was not scored then
 * @param yearOnYear the score minus the score of the same period a year before (同比), or {@code null} when it was
 * not scored then
 * @param bundle the two parts of a bundled score, or {@code null} when the type's scorecard bundles nothing
 */
public record Score(String object, BigDecimal score, String grade, int rank, BigDecimal change,
		BigDecimal yearOnYear, Part bundle) {

	public Score(String object, BigDecimal score, String grade, int rank, BigDecimal change, BigDecimal yearOnYear) {
		this(object, score, grade, rank, change, yearOnYear, null);
	}

	/**
	 * Why a bundled score is what it is: {@code score = ownScore × (100 − weight) ÷ 100 + gridScore × weight ÷ 100},
	 * rounded half-up to two places, or {@code ownScore} alone when none of the person's grids was scored.
	 *
	 * @param weight the points out of 100 that the grids' result carries
	 * @param ownScore the person's score on their own items, out of 100
	 * @param gridScore the mean score of the grids that counted, to two places, or {@code null} when none did
	 * @param grids the codes of the grids the person serves that were scored in the period, whose mean it is
	 */
	public record Part(BigDecimal weight, BigDecimal ownScore, BigDecimal gridScore, List<String> grids) {

		public Part {
			grids = grids == null ? List.of() : List.copyOf(grids);
		}
	}
}
