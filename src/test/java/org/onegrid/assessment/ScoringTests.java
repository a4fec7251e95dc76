package org.onegrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoringTests {

	private static final Scorecard DEPARTMENTS = new Scorecard(ObjectType.DEPARTMENT,
			List.of(item("handledRate", 30, false), item("onTimeHandledRate", 20, false), item("reworkRate", 20, true),
					item("overduePendingRate", 20, true), item("postponementRate", 10, true)),
			List.of(grade("差", 0), grade("优", 90), grade("中", 60), grade("良", 80)));

	@Test
	void weighsRatesAndInvertsTheOnesWhereLowIsGood() {
		Figures figures = figures("a", "0.8", "0.6", "0.25", "0.2", "0.2");
		assertThat(Scoring.points(figures, DEPARTMENTS)).isEqualByComparingTo("75");
	}

	@Test
	void anAbsentRateEarnsNothingWhereHighIsGoodAndEverythingWhereLowIsGood() {
		Figures figures = figures("a", null, null, null, null, null);
		assertThat(Scoring.points(figures, DEPARTMENTS)).isEqualByComparingTo("50");
	}

	@Test
	void gradesByTheHighestThresholdReached() {
		assertThat(DEPARTMENTS.grade(new BigDecimal("90"))).isEqualTo("优");
		assertThat(DEPARTMENTS.grade(new BigDecimal("89.99"))).isEqualTo("良");
		assertThat(DEPARTMENTS.grade(new BigDecimal("60"))).isEqualTo("中");
		assertThat(DEPARTMENTS.grade(new BigDecimal("59.99"))).isEqualTo("差");
		assertThat(DEPARTMENTS.grade(new BigDecimal("-1"))).isEqualTo("差");
	}

	@Test
	void ranksBestFirstWithEqualScoresSharingARankAndChangesAgainstLastMonth() {
		List<Score> scores = Scoring.score(List.of(figures("low", "0.5", "0.5", "0", "0", "0"),
				figures("top-b", "1", "1", "0", "0", "0"), figures("top-a", "1", "1", "0", "0", "0")), DEPARTMENTS,
				Map.of("low", new BigDecimal("70.00"), "gone", new BigDecimal("10")), Map.of("top-a",
						new BigDecimal("100")));
		assertThat(scores).extracting(Score::object).containsExactly("top-a", "top-b", "low");
		assertThat(scores).extracting(Score::rank).containsExactly(1, 1, 3);
		assertThat(scores).extracting(Score::grade).containsExactly("优", "优", "中");
		assertThat(scores.get(2).score()).isEqualByComparingTo("75");
		assertThat(scores.get(2).change()).isEqualByComparingTo("5");
		assertThat(scores.get(0).change()).isNull();
		assertThat(scores.get(0).yearOnYear()).isEqualByComparingTo("0");
		assertThat(scores.get(1).yearOnYear()).isNull();
	}

	@Test
	void aRateIsAbsentWhenThereIsNothingToMeasure() {
		assertThat(Figures.rate(1, 0)).isNull();
		assertThat(Figures.rate(2, 3)).isEqualByComparingTo("0.6667");
	}

	private static Figures figures(String object, String handled, String onTime, String rework, String overdue,
			String postponement) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("handledRate", decimal(handled));
		values.put("onTimeHandledRate", decimal(onTime));
		values.put("reworkRate", decimal(rework));
		values.put("overduePendingRate", decimal(overdue));
		values.put("postponementRate", decimal(postponement));
		return new Figures(object, values);
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static Scorecard.Item item(String indicator, int weight, boolean inverted) {
		return new Scorecard.Item(indicator, BigDecimal.valueOf(weight), inverted);
	}

	private static Scorecard.Grade grade(String name, int minScore) {
		return new Scorecard.Grade(name, BigDecimal.valueOf(minScore));
	}
}
