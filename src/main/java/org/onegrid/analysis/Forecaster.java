package org.onegrid.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts daily case counts with a weekly profile and a smoothed, trending level, and measures itself against the
 * seasonal-naive forecast (each day as the same weekday of the last observed week) on held-out weeks. Stated in
 * docs/analysis.md:
 * <ul>
 * <li>weekday factor {@code s(d)} = mean count on weekday {@code d} ÷ mean count, over the whole history (1 when
 * the history is empty);</li>
 * <li>the deseasonalised counts {@code y(t) ÷ s(d(t))} are smoothed by Holt's linear method with
 * {@code α = 0.1}, {@code β = 0.02}, the level starting at the first week's mean and the trend at 0; a weekday
 * whose factor is under 0.1 (a quiet Sunday) only carries the level forward;</li>
 * <li>{@code h} days ahead: {@code max(0, (L + h·T) · s(d))}, with an 80 % band of {@code ±1.28 σ · s(d)}, σ the
 * spread of the one-day-ahead errors over the history.</li>
 * </ul>
 * Day 0 of a series is a Monday.
 */
final class Forecaster {

	static final double ALPHA = 0.1;

	static final double BETA = 0.02;

	private static final double Z80 = 1.2816;

	/** A weekday this far below the mean (such as a Sunday without patrols) says nothing about the level. */
	private static final double QUIET = 0.1;

	private Forecaster() {
	}

	/** One day ahead: the expected count and its 80 % band. */
	record Day(double expected, double low, double high) {
	}

	/** The next {@code days} days after the series. */
	static List<Day> forecast(double[] counts, int days) {
		double[] factors = factors(counts);
		double level = firstWeekMean(counts, factors);
		double trend = 0;
		double squared = 0;
		int errors = 0;
		for (int t = 0; t < counts.length; t++) {
			double factor = factors[t % 7];
			if (t >= 7) {
				double error = counts[t] - Math.max(0, (level + trend) * factor);
				squared += error * error;
				errors++;
			}
			if (factor < QUIET) {
				level += trend;
				continue;
			}
			double previous = level;
			level = ALPHA * counts[t] / factor + (1 - ALPHA) * (level + trend);
			trend = BETA * (level - previous) + (1 - BETA) * trend;
		}
		double sigma = errors == 0 ? 0 : Math.sqrt(squared / errors);
		List<Day> ahead = new ArrayList<>();
		for (int h = 1; h <= days; h++) {
			double factor = factors[(counts.length + h - 1) % 7];
			double expected = Math.max(0, (level + h * trend) * factor);
			double band = Z80 * sigma * factor;
			ahead.add(new Day(expected, Math.max(0, expected - band), expected + band));
		}
		return ahead;
	}

	/**
	 * Fits on all but the last {@code held} days and forecasts them, against seasonal-naive; empty unless two weeks
	 * remain to fit on.
	 */
	static HeldOut backtest(double[] counts, int held) {
		int fit = counts.length - held;
		if (held < 1 || fit < 14) {
			return null;
		}
		double[] training = Arrays.copyOf(counts, fit);
		List<Day> ahead = forecast(training, held);
		double method = 0;
		double naive = 0;
		for (int h = 0; h < held; h++) {
			double actual = counts[fit + h];
			method += Math.abs(actual - ahead.get(h).expected());
			naive += Math.abs(actual - training[fit - 7 + h % 7]);
		}
		return new HeldOut(held, method / held, naive / held);
	}

	private static double[] factors(double[] counts) {
		double[] sums = new double[7];
		int[] days = new int[7];
		double total = 0;
		for (int t = 0; t < counts.length; t++) {
			sums[t % 7] += counts[t];
			days[t % 7]++;
			total += counts[t];
		}
		double mean = counts.length == 0 ? 0 : total / counts.length;
		double[] factors = new double[7];
		for (int d = 0; d < 7; d++) {
			double weekday = days[d] == 0 ? mean : sums[d] / days[d];
			factors[d] = mean == 0 ? 1 : weekday / mean;
		}
		return factors;
	}

	private static double firstWeekMean(double[] counts, double[] factors) {
		double sum = 0;
		int n = 0;
		for (int t = 0; t < Math.min(7, counts.length); t++) {
			if (factors[t % 7] >= QUIET) {
				sum += counts[t] / factors[t % 7];
				n++;
			}
		}
		return n == 0 ? 0 : sum / n;
	}
}
