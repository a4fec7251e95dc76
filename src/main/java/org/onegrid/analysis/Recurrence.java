package org.onegrid.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recurrence rule: the same problem reported again at the same place soon after its case was closed.
 */
final class Recurrence {

	private Recurrence() {
	}

	/**
	 * Whether {@code later} is a report of {@code earlier}'s category in the same layer, made after {@code earlier}
	 * closed and at most {@code span} after, within {@code radiusMetres} of it.
	 */
	static boolean recurs(ReportFacts.Report earlier, ReportFacts.Report later, Duration span, double radiusMetres) {
		if (earlier.caseId() == later.caseId() || earlier.closedAt() == null
				|| !earlier.layer().equals(later.layer()) || !earlier.minorCode().equals(later.minorCode())) {
			return false;
		}
		Duration after = Duration.between(earlier.closedAt(), later.reportedAt());
		return !after.isNegative() && after.compareTo(span) <= 0
				&& Rules.metres(earlier.lon(), earlier.lat(), later.lon(), later.lat()) <= radiusMetres;
	}

	/**
	 * The closed cases by layer, category and band of latitude one radius tall, so that a report is compared only
	 * with the closed cases that could be the same problem at the same place: two points within the radius are never
	 * more than one band apart, since no great circle between them is shorter than their difference in latitude.
	 */
	static final class Index {

		private static final double METRES_PER_DEGREE = 6_371_000 * Math.PI / 180;

		private final Map<String, List<ReportFacts.Report>> bands = new HashMap<>();

		private final double band;

		Index(List<ReportFacts.Report> closed, double radiusMetres) {
			this.band = Math.max(radiusMetres, 1) / METRES_PER_DEGREE;
			for (ReportFacts.Report r : closed) {
				bands.computeIfAbsent(key(r, bandOf(r.lat())), k -> new ArrayList<>()).add(r);
			}
		}

		/** The closed cases of the report's layer and category in its band of latitude and the two beside it. */
		List<ReportFacts.Report> near(ReportFacts.Report later) {
			long at = bandOf(later.lat());
			List<ReportFacts.Report> found = new ArrayList<>();
			for (long b = at - 1; b <= at + 1; b++) {
				found.addAll(bands.getOrDefault(key(later, b), List.of()));
			}
			return found;
		}

		private long bandOf(double lat) {
			return (long) Math.floor(lat / band);
		}

		private static String key(ReportFacts.Report r, long band) {
			return r.layer() + '\n' + r.minorCode() + '\n' + band;
		}
	}
}
