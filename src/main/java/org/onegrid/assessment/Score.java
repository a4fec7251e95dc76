package org.onegrid.assessment;

import java.math.BigDecimal;

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
 */
public record Score(String object, BigDecimal score, String grade, int rank, BigDecimal change,
		BigDecimal yearOnYear) {
}
