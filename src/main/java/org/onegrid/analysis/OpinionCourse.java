package org.onegrid.analysis;

import java.util.List;

import org.onegrid.analysis.Outlook.OpinionMonth;
import org.onegrid.analysis.Outlook.OpinionTrend;

/**
 * Whether the citizens' satisfaction is turning (民意走向): the satisfied share of the callback answers in the last
 * {@value #RECENT} whole months against that of the {@value #EARLIER} months before them, by a two-proportion z-test
 * at the 5 % level. A span with fewer than {@value #FEWEST} answers says nothing.
 */
final class OpinionCourse {

	static final int RECENT = 3;

	static final int EARLIER = 9;

	static final int FEWEST = 10;

	private static final double Z95 = 1.96;

	private OpinionCourse() {
	}

	/** The trend of {@code months}, whole months oldest first. */
	static OpinionTrend trend(List<OpinionMonth> months) {
		int end = months.size();
		List<OpinionMonth> recent = months.subList(Math.max(0, end - RECENT), end);
		List<OpinionMonth> earlier = months.subList(Math.max(0, end - RECENT - EARLIER), Math.max(0, end - RECENT));
		int n1 = answers(recent);
		int n2 = answers(earlier);
		int s1 = satisfied(recent);
		int s2 = satisfied(earlier);
		Double p1 = n1 == 0 ? null : (double) s1 / n1;
		Double p2 = n2 == 0 ? null : (double) s2 / n2;
		String from = recent.isEmpty() ? null : recent.get(0).month();
		String to = recent.isEmpty() ? null : recent.get(recent.size() - 1).month();
		if (n1 < FEWEST || n2 < FEWEST) {
			return new OpinionTrend(from, to, round(p1), n1, round(p2), n2, null, "UNKNOWN");
		}
		double pooled = (double) (s1 + s2) / (n1 + n2);
		double spread = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		double z = spread == 0 ? 0 : (p1 - p2) / spread;
		String direction = Math.abs(z) < Z95 ? "STEADY" : z > 0 ? "RISING" : "FALLING";
		return new OpinionTrend(from, to, round(p1), n1, round(p2), n2, round(z), direction);
	}

	private static int answers(List<OpinionMonth> months) {
		return months.stream().mapToInt(OpinionMonth::evaluated).sum();
	}

	private static int satisfied(List<OpinionMonth> months) {
		return months.stream().mapToInt(OpinionMonth::satisfied).sum();
	}

	private static Double round(Double value) {
		return value == null ? null : Math.round(value * 10_000) / 10_000.0;
	}
}
