package org.onegrid.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts monthly case counts over months and years with a yearly profile and a straight trend, and measures
 * itself against "the same month last year" on held-out months. Stated in docs/analysis.md:
 * <ul>
 * <li>with two years or more of history, month factor {@code s(m)} = mean count in calendar month {@code m} ÷ mean
 * count, over the whole history; with less, every factor is 1, since one year cannot tell a season from chance;</li>
 * <li>the trend {@code a + b·t} is fitted by least squares to the deseasonalised counts {@code y(t) ÷ s(m(t))},
 * leaving out months whose factor is under 0.1; with fewer than three months it is flat at their mean;</li>
 * <li>{@code h} months ahead: {@code max(0, (a + b·(n − 1 + h)) · s(m))}, with an 80 % band of {@code ±1.28 σ ·
 * s(m)}, σ the spread of the fitted months' errors.</li>
 * </ul>
 * {@code firstMonth} is the calendar month (1 to 12) of the series' first count.
 */
final class MonthlyForecaster {

	private static final double Z80 = 1.2816;

	private static final double QUIET = 0.1;

	private MonthlyForecaster() {
	}

	/** One month ahead: the expected count of the whole month and its 80 % band. */
	record Month(double expected, double low, double high) {
	}

	/** The next {@code months} months after the series. */
	static List<Month> forecast(double[] counts, int firstMonth, int months) {
		double[] factors = factors(counts, firstMonth);
		double sumT = 0;
		double sumY = 0;
		double sumTT = 0;
		double sumTY = 0;
		int n = 0;
		for (int t = 0; t < counts.length; t++) {
			double factor = factors[month(firstMonth, t)];
			if (factor >= QUIET) {
				double y = counts[t] / factor;
				sumT += t;
				sumY += y;
				sumTT += (double) t * t;
				sumTY += t * y;
				n++;
			}
		}
		double denominator = n * sumTT - sumT * sumT;
		double slope = n < 3 || denominator == 0 ? 0 : (n * sumTY - sumT * sumY) / denominator;
		double intercept = n == 0 ? 0 : (sumY - slope * sumT) / n;
		double squared = 0;
		for (int t = 0; t < counts.length; t++) {
			double error = counts[t] - Math.max(0, (intercept + slope * t) * factors[month(firstMonth, t)]);
			squared += error * error;
		}
		double sigma = counts.length == 0 ? 0 : Math.sqrt(squared / counts.length);
		List<Month> ahead = new ArrayList<>();
		for (int h = 1; h <= months; h++) {
			double factor = factors[month(firstMonth, counts.length - 1 + h)];
			double expected = Math.max(0, (intercept + slope * (counts.length - 1 + h)) * factor);
			double band = Z80 * sigma * factor;
			ahead.add(new Month(expected, Math.max(0, expected - band), expected + band));
		}
		return ahead;
	}

	/**
	 * Fits on all but the last {@code held} months and forecasts them, against "the same month last year"; empty
	 * unless a year remains to fit on.
	 */
	static HeldOut backtest(double[] counts, int firstMonth, int held) {
		int fit = counts.length - held;
		if (held < 1 || held > 12 || fit < 12) {
			return null;
		}
		List<Month> ahead = forecast(Arrays.copyOf(counts, fit), firstMonth, held);
		double method = 0;
		double naive = 0;
		for (int h = 0; h < held; h++) {
			double actual = counts[fit + h];
			method += Math.abs(actual - ahead.get(h).expected());
			naive += Math.abs(actual - counts[fit + h - 12]);
		}
		return new HeldOut(held, method / held, naive / held);
	}

	private static double[] factors(double[] counts, int firstMonth) {
		double[] factors = new double[12];
		Arrays.fill(factors, 1);
		if (counts.length < 24) {
			return factors;
		}
		double[] sums = new double[12];
		int[] seen = new int[12];
		double total = 0;
		for (int t = 0; t < counts.length; t++) {
			sums[month(firstMonth, t)] += counts[t];
			seen[month(firstMonth, t)]++;
			total += counts[t];
		}
		double mean = total / counts.length;
		for (int m = 0; m < 12; m++) {
			factors[m] = mean == 0 ? 1 : sums[m] / seen[m] / mean;
		}
		return factors;
	}

	/** The calendar month (0 to 11) of series month {@code t}. */
	private static int month(int firstMonth, int t) {
		return (firstMonth - 1 + t) % 12;
	}
}
