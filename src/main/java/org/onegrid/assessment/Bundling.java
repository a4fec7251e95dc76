package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bundle (捆绑制) of one period's scoring: which grids each person serves and what those grids scored. A person's
 * grids' part is the plain mean of the scores of the grids they serve that were scored in the period, each grid once,
 * to two places; a grid with no score that period (nothing reported in it) is left out of the mean, and a person none
 * of whose grids was scored, or who serves none, keeps their own score alone.
 */
final class Bundling {

	static final Bundling NONE = new Bundling(null, object -> List.of(), Map.of());

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BigDecimal weight;

	private final Function<String, Collection<String>> gridsOf;

	private final Map<String, BigDecimal> gridScores;

	/**
	 * @param weight the points out of 100 that the grids' part carries, or {@code null} for no bundle
	 * @param gridsOf the codes of the grids each object (a person's account) serves
	 * @param gridScores the period's scores of the grids, by code
	 */
	Bundling(BigDecimal weight, Function<String, Collection<String>> gridsOf, Map<String, BigDecimal> gridScores) {
		this.weight = weight;
		this.gridsOf = gridsOf;
		this.gridScores = gridScores;
	}

	/** The two parts of the object's score, or {@code null} when nothing is bundled. */
	Score.Part part(String object, BigDecimal ownScore) {
		if (weight == null) {
			return null;
		}
		List<String> scored = gridsOf.apply(object).stream().distinct().filter(gridScores::containsKey).sorted()
			.toList();
		BigDecimal mean = scored.isEmpty() ? null
				: scored.stream().map(gridScores::get).reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
		return new Score.Part(weight, ownScore, mean, scored);
	}

	/** The bundled score: {@code own × (100 − weight) ÷ 100 + grids × weight ÷ 100}, or the own score alone. */
	static BigDecimal total(Score.Part part) {
		if (part.gridScore() == null) {
			return part.ownScore();
		}
		return part.ownScore().multiply(HUNDRED.subtract(part.weight()))
			.add(part.gridScore().multiply(part.weight()))
			.divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}
}
