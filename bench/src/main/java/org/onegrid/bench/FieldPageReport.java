package org.onegrid.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The field-page benchmark's table: every round as measured, then per condition the median and the worst time until
 * the page was usable, the loaded-to-idle ratio of the medians, and how many first visits stayed within the two
 * seconds a worker on slow 4G is promised.
 */
final class FieldPageReport {

	private static final double PROMISE_MILLIS = 2000;

	private FieldPageReport() {
	}

	static void print(List<FieldPageBench.Row> rows, double rate, String page, String loadAtStart, String loadAtEnd) {
		System.out.println();
		System.out.printf(Locale.ROOT, "%s on slow 4G (150 ms, 1.6 Mbit/s down), idle vs intake at %.0f/s, "
				+ "interleaved; %d cores, load average %s at start, %s at end%n", page, rate,
				Runtime.getRuntime().availableProcessors(), loadAtStart, loadAtEnd);
		System.out.printf(Locale.ROOT, "%5s %-8s %9s %6s %8s %9s %s%n", "round", "load", "first ms", "reqs", "KB",
				"again ms", "intake meanwhile (offered, achieved, ok, errors, p50, p99, max)");
		rows.forEach(System.out::println);
		List<FieldPageBench.Row> idle = rows.stream().filter(row -> row.intake() == null).toList();
		List<FieldPageBench.Row> loaded = rows.stream().filter(row -> row.intake() != null).toList();
		summary("first visit", idle, loaded, row -> row.first().usableMillis());
		summary("visit again", idle, loaded, row -> row.again().usableMillis());
		long within = loaded.stream().filter(row -> row.first().usableMillis() <= PROMISE_MILLIS).count();
		System.out.printf(Locale.ROOT, "first visits under load usable within %.0f ms: %d of %d%n", PROMISE_MILLIS,
				within, loaded.size());
		System.out.printf(Locale.ROOT, "intake meanwhile: worst p99 %.1f ms, errors %d%n",
				loaded.stream().mapToDouble(row -> row.intake().p99Millis()).max().orElse(0),
				loaded.stream().mapToLong(row -> row.intake().errors()).sum());
	}

	private static void summary(String what, List<FieldPageBench.Row> idle, List<FieldPageBench.Row> loaded,
			ToDoubleFunction<FieldPageBench.Row> millis) {
		double idleMedian = median(idle, millis);
		double loadedMedian = median(loaded, millis);
		System.out.printf(Locale.ROOT, "%-12s idle median %6.0f ms (worst %6.0f), loaded median %6.0f ms "
				+ "(worst %6.0f): loaded/idle %.2fx%n", what, idleMedian, worst(idle, millis), loadedMedian,
				worst(loaded, millis), loadedMedian / idleMedian);
	}

	private static double median(List<FieldPageBench.Row> rows, ToDoubleFunction<FieldPageBench.Row> millis) {
		double[] sorted = rows.stream().mapToDouble(millis).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double worst(List<FieldPageBench.Row> rows, ToDoubleFunction<FieldPageBench.Row> millis) {
		return rows.stream().mapToDouble(millis).max().orElse(Double.NaN);
	}
}
