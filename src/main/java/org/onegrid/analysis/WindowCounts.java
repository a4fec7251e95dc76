package org.onegrid.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many reports each cell (layer, grid and category) had in each of the windows before the current one, counted
 * in one pass over the reports so that a sweep's cost grows with the reports, not with reports times cells. Window
 * {@code 1} is the nearest: it ends where the current window starts, and each window holds its start but not its end.
 */
final class WindowCounts {

	private final Map<String, int[]> counts = new HashMap<>();

	private final int windows;

	private WindowCounts(int windows) {
		this.windows = windows;
	}

	/** Counts the reports before {@code start} into the {@code windows} windows of length {@code window} before it. */
	static WindowCounts of(List<ReportFacts.Report> reports, Instant start, Duration window, int windows) {
		WindowCounts result = new WindowCounts(windows);
		long length = window.toNanos();
		for (ReportFacts.Report r : reports) {
			long before = Duration.between(r.reportedAt(), start).toNanos();
			if (before <= 0) {
				continue;
			}
			long index = (before - 1) / length;
			if (index < windows) {
				result.counts.computeIfAbsent(key(r), k -> new int[windows])[(int) index]++;
			}
		}
		return result;
	}

	/** The cell's counts, window 1 first. */
	List<Integer> of(ReportFacts.Report cell) {
		int[] found = counts.get(key(cell));
		Integer[] boxed = new Integer[windows];
		for (int i = 0; i < windows; i++) {
			boxed[i] = found == null ? 0 : found[i];
		}
		return List.of(boxed);
	}

	/** The cell a report counts in. */
	static String key(ReportFacts.Report r) {
		return r.layer() + '\n' + r.grid() + '\n' + r.minorCode();
	}
}
