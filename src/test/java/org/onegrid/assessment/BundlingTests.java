package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BundlingTests {

	private static final Scorecard WORKERS = new Scorecard(ObjectType.WORKER,
			List.of(new Scorecard.Item("offlineRate", BigDecimal.valueOf(100), false)),
			List.of(new Scorecard.Grade("优", BigDecimal.valueOf(90)), new Scorecard.Grade("差", BigDecimal.ZERO)),
			new Scorecard.Bundle(ObjectType.GRID, BigDecimal.valueOf(30)));

	private static final Map<String, List<String>> SERVES = Map.of("many", List.of("G1", "G2", "G3", "G1"),
			"unscored", List.of("G3"), "none", List.of());

	private final Bundling bundling = new Bundling(BigDecimal.valueOf(30), SERVES::get,
			Map.of("G1", new BigDecimal("80"), "G2", new BigDecimal("65.55")));

	@Test
	void takesThePlainMeanOfTheScoredGridsEachOnceAndLeavesTheUnscoredOut() {
		Score.Part part = bundling.part("many", new BigDecimal("90"));
		assertThat(part.grids()).containsExactly("G1", "G2");
		assertThat(part.gridScore()).as("(80 + 65.55) ÷ 2 = 72.775").isEqualByComparingTo("72.78");
		assertThat(Bundling.total(part)).as("90 × 0.7 + 72.78 × 0.3 = 63 + 21.834").isEqualByComparingTo("84.83");
	}

	@Test
	void keepsTheOwnScoreAloneWhenNoneOfThePersonsGridsWasScored() {
		for (String person : List.of("unscored", "none")) {
			Score.Part part = bundling.part(person, new BigDecimal("90"));
			assertThat(part.gridScore()).isNull();
			assertThat(part.grids()).isEmpty();
			assertThat(Bundling.total(part)).isEqualByComparingTo("90");
		}
	}

	@Test
	void ranksAndGradesTheBundledScoreAndShowsBothParts() {
		List<Score> scores = Scoring.score(List.of(figures("many", "0.9"), figures("none", "0.85")), WORKERS,
				Map.of(), Map.of(), bundling);
		assertThat(scores).extracting(Score::object).as("85 alone beats 90 bundled with weaker grids")
			.containsExactly("none", "many");
		assertThat(scores.get(1).score()).isEqualByComparingTo("84.83");
		assertThat(scores.get(1).grade()).isEqualTo("差");
		assertThat(scores.get(1).bundle().ownScore()).isEqualByComparingTo("90");
		assertThat(Scoring.score(List.of(figures("many", "0.9")), WORKERS, Map.of(), Map.of()).get(0).bundle())
			.as("without bundling, nothing is bundled").isNull();
	}

	private static Figures figures(String object, String offlineRate) {
		return new Figures(object, Map.of("offlineRate", new BigDecimal(offlineRate)));
	}
}
