package org.onegrid.analysis;

import java.util.List;

/**
 * The warning rules as small named functions of counts, so that each can be checked by hand.
 */
final class Rules {

	private Rules() {
	}

	/**
	 * P(X ≥ k) for X ~ Poisson(λ), summed from k upwards in log space so that tiny tails stay exact.
	 */
	static double poissonUpperTail(int k, double lambda) {
		if (k <= 0) {
			return 1.0;
		}
		if (lambda <= 0) {
			return 0.0;
		}
		double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
		double sum = 0;
		for (int i = k; i < k + 1_000; i++) {
			double term = Math.exp(logTerm);
			sum += term;
			if (i > lambda && term < sum * 1e-15) {
				break;
			}
			logTerm += Math.log(lambda) - Math.log(i + 1);
		}
		return Math.min(1.0, sum);
	}

	/**
	 * Hot spot: the grid's count {@code k} of a category is at least {@code minCount} and improbable under the
	 * district's rate, λ = the district's count of the category ÷ the number of grids that reported anything.
	 */
	static boolean hotSpot(int k, int districtCount, int activeGrids, double p, int minCount) {
		return k >= minCount && poissonUpperTail(k, expectedPerGrid(districtCount, activeGrids)) < p;
	}

	static double expectedPerGrid(int districtCount, int activeGrids) {
		return activeGrids <= 0 ? 0 : (double) districtCount / activeGrids;
	}

	/**
	 * Surge: the count {@code k} of the current window is at least {@code minCount} and improbable under the mean
	 * of the earlier windows, taken to be at least {@code floor}.
	 */
	static boolean surge(int k, List<Integer> history, double p, int minCount, double floor) {
		return k >= minCount && poissonUpperTail(k, historyMean(history, floor)) < p;
	}

	static double historyMean(List<Integer> history, double floor) {
		double mean = history.stream().mapToInt(Integer::intValue).average().orElse(0);
		return Math.max(mean, floor);
	}

	/** The great-circle distance in metres between two WGS 84 points (haversine, Earth radius 6,371 km). */
	static double metres(double lon1, double lat1, double lon2, double lat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
	}

	private static double logFactorial(int n) {
		double sum = 0;
		for (int i = 2; i <= n; i++) {
			sum += Math.log(i);
		}
		return sum;
	}
}
