package org.onegrid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The forecast follows a weekly pattern with a trend closely, and beats the seasonal-naive forecast on held-out
 * weeks of noisy data, which is what it is for; with nothing to learn from it forecasts nothing.
 */
class ForecasterTests {

	/** Weekdays busy, weekends quiet, slowly growing: {@code (10 + 0.1 t) × profile}. */
	private static final double[] PROFILE = { 1.3, 1.2, 1.1, 1.1, 1.0, 0.7, 0.6 };

	@Test
	void followsAWeeklyPatternWithATrend() {
		double[] counts = new double[112];
		for (int t = 0; t < counts.length; t++) {
			counts[t] = (10 + 0.1 * t) * PROFILE[t % 7];
		}
		List<Forecaster.Day> ahead = Forecaster.forecast(counts, 14);
		for (int h = 1; h <= 14; h++) {
			int t = counts.length + h - 1;
			double truth = (10 + 0.1 * t) * PROFILE[t % 7];
			assertThat(ahead.get(h - 1).expected()).as("day %d", h).isCloseTo(truth, within(truth * 0.08));
		}
	}

	@Test
	void beatsSeasonalNaiveOnNoisyWeeks() {
		int wins = 0;
		double ratios = 0;
		for (int seed = 1; seed <= 20; seed++) {
			Random random = new Random(seed);
			double[] counts = new double[112];
			for (int t = 0; t < counts.length; t++) {
				counts[t] = poisson(random, (8 + 0.05 * t) * PROFILE[t % 7]);
			}
			HeldOut test = Forecaster.backtest(counts, 28);
			assertThat(test.periods()).isEqualTo(28);
			wins += test.mae() < test.seasonalNaiveMae() ? 1 : 0;
			ratios += test.ratio();
		}
		assertThat(wins).as("histories of 20 where it beats seasonal-naive").isGreaterThanOrEqualTo(16);
		assertThat(ratios / 20).as("its mean error as a share of seasonal-naive's").isLessThan(0.9);
	}

	@Test
	void anEmptyHistoryForecastsNothingAndCannotBeBacktested() {
		assertThat(Forecaster.forecast(new double[0], 3)).extracting(Forecaster.Day::expected)
			.containsExactly(0.0, 0.0, 0.0);
		assertThat(Forecaster.backtest(new double[20], 14)).isNull();
		assertThat(Forecaster.forecast(new double[28], 2).get(0).high()).isZero();
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
