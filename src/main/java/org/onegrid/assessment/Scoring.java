package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores, grades and ranks a month's figures on a scorecard. Each indicator earns {@code weight × rate}, or
 * {@code weight × (1 − rate)} when inverted; a rate that is absent (nothing to measure) counts as 0, so it earns
 * nothing where a high rate is good and full marks where a low rate is good.
 */
final class Scoring {

	private Scoring() {
	}

	/**
	 * The scores of every object, best first.
	 *
	 * @param previous the previous period's scores by object, for the change against it (环比)
	 * @param yearBefore the same period's scores a year before, by object (同比)
	 */
	static List<Score> score(List<Figures> figures, Scorecard card, Map<String, BigDecimal> previous,
			Map<String, BigDecimal> yearBefore) {
		return score(figures, card, previous, yearBefore, Bundling.NONE);
	}

	/**
	 * The scores of every object, best first, each bundled with its grids' part where the scorecard says so: see
	 * {@link Bundling#total}.
	 */
	static List<Score> score(List<Figures> figures, Scorecard card, Map<String, BigDecimal> previous,
			Map<String, BigDecimal> yearBefore, Bundling bundling) {
		List<Score> unranked = new ArrayList<>();
		for (Figures f : figures) {
			Score.Part part = bundling.part(f.object(), points(f, card));
			BigDecimal score = part == null ? points(f, card) : Bundling.total(part);
			unranked.add(new Score(f.object(), score, null, 0, null, null, part));
		}
		unranked.sort(Comparator.comparing(Score::score).reversed().thenComparing(Score::object));
		List<Score> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Score s = unranked.get(i);
			int rank = i > 0 && s.score().compareTo(unranked.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank()
					: i + 1;
			ranked.add(new Score(s.object(), s.score(), card.grade(s.score()), rank, minus(s.score(), previous.get(
					s.object())), minus(s.score(), yearBefore.get(s.object())), s.bundle()));
		}
		return List.copyOf(ranked);
	}

	private static BigDecimal minus(BigDecimal score, BigDecimal before) {
		return before == null ? null : score.subtract(before);
	}

	static BigDecimal points(Figures figures, Scorecard card) {
		BigDecimal total = BigDecimal.ZERO;
		for (Scorecard.Item item : card.items()) {
			BigDecimal rate = figures.values().getOrDefault(item.indicator(), null);
			BigDecimal value = rate == null ? BigDecimal.ZERO : rate;
			total = total.add(item.weight().multiply(item.inverted() ? BigDecimal.ONE.subtract(value) : value));
		}
		return total.setScale(2, RoundingMode.HALF_UP);
	}
}
