package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The monthly method as docs/analysis.md states it: a yearly profile and a straight trend, checked on series whose
 * truth is known, and against "the same month last year" on noisy ones.
 */
class MonthlyForecasterTests {

	/** Three years of a summer peak on a rising line: 100 + 2t, times 1.5 in June to August, 0.5 in January. */
	private static double truth(int t) {
		int month = t % 12 + 1;
		double season = month >= 6 && month <= 8 ? 1.5 : month == 1 ? 0.5 : 1;
		return (100 + 2 * t) * season;
	}

	@Test
	void aSeasonalRisingSeriesIsForecastNearItsTruthAYearAhead() {
		double[] counts = new double[36];
		for (int t = 0; t < counts.length; t++) {
			counts[t] = truth(t);
		}
		List<MonthlyForecaster.Month> ahead = MonthlyForecaster.forecast(counts, 1, 12);
		for (int h = 0; h < 12; h++) {
			assertThat(ahead.get(h).expected()).as("month %d ahead", h + 1).isCloseTo(truth(36 + h),
					within(truth(36 + h) * 0.12));
			assertThat(ahead.get(h).low()).isLessThanOrEqualTo(ahead.get(h).expected());
			assertThat(ahead.get(h).high()).isGreaterThanOrEqualTo(ahead.get(h).expected());
		}
		assertThat(ahead.get(6).expected()).as("July above January").isGreaterThan(2 * ahead.get(0).expected());
	}

	@Test
	void lessThanTwoYearsIsATrendWithoutSeasons() {
		double[] counts = { 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40 };
		List<MonthlyForecaster.Month> ahead = MonthlyForecaster.forecast(counts, 5, 3);
		assertThat(ahead.get(0).expected()).isCloseTo(42, within(1e-9));
		assertThat(ahead.get(2).expected()).isCloseTo(46, within(1e-9));
		assertThat(ahead.get(0).high() - ahead.get(0).low()).as("a perfect line leaves no band").isZero();
		assertThat(MonthlyForecaster.forecast(new double[0], 1, 2)).extracting(MonthlyForecaster.Month::expected)
			.containsExactly(0.0, 0.0);
		assertThat(MonthlyForecaster.forecast(new double[] { 0, 0, 0, 0 }, 1, 1).get(0).expected()).isZero();
	}

	@Test
	void onNoisySeriesItBeatsTheSameMonthLastYearMostOfTheTime() {
		Random random = new Random(20261206);
		int wins = 0;
		double ours = 0;
		double naive = 0;
		for (int run = 0; run < 20; run++) {
			double[] counts = new double[36];
			for (int t = 0; t < counts.length; t++) {
				counts[t] = Math.max(0, Math.round(truth(t) + random.nextGaussian() * Math.sqrt(truth(t)) * 2));
			}
			HeldOut test = MonthlyForecaster.backtest(counts, 1, 6);
			wins += test.ratio() < 1 ? 1 : 0;
			ours += test.mae();
			naive += test.seasonalNaiveMae();
		}
		assertThat(wins).isGreaterThanOrEqualTo(16);
		assertThat(ours / naive).isLessThan(0.8);
	}

	@Test
	void aBacktestNeedsAYearToFitOn() {
		assertThat(MonthlyForecaster.backtest(new double[17], 1, 6)).isNull();
		assertThat(MonthlyForecaster.backtest(new double[18], 1, 6)).isNotNull();
	}
}
