package org.onegrid.cases;

import java.time.Instant;
import java.util.Optional;

import org.onegrid.catalogue.Kind;

/**
 * A case as analysis of reports counts it: in the category it was reported in, at the place and in the smallest
 * grid of its primary layer where it lies now, closed or not. These are the facts {@link CaseReported},
 * {@link CaseRelocated} and {@link CaseClosed} announce one by one, read from the stored case at once.
 *
 * @param grid the smallest grid of {@code layer} holding the case
 * @param closedAt when the case was closed, or null while it is open
 * @param satisfaction the citizen's answer at the callback, or null when none was given; {@code evaluatedAt} when
 */
public record ReportedCase(long caseId, String layer, String grid, Kind kind, String minorCode, Instant reportedAt,
		double lon, double lat, Instant closedAt, Satisfaction satisfaction, Instant evaluatedAt) {

	/** The case as counted, or empty when it was stored with no grid or category to count it by. */
	static Optional<ReportedCase> of(Case c, Instant evaluatedAt) {
		GridTrail trail = c.trails == null ? null : c.trails.stream()
			.filter(t -> t.layer().equals(c.primaryLayer) && !t.grids().isEmpty())
			.findFirst()
			.orElse(null);
		if (trail == null || c.minorCode == null) {
			return Optional.empty();
		}
		boolean kept = c.reportedKind != null && c.reportedMinorCode != null;
		return Optional.of(new ReportedCase(c.id, c.primaryLayer, trail.grids().get(0).code(),
				kept ? c.reportedKind : c.kind, kept ? c.reportedMinorCode : c.minorCode, c.reportedAt, c.lon, c.lat,
				c.closedAt, evaluatedAt == null ? null : c.satisfaction, c.satisfaction == null ? null : evaluatedAt));
	}
}
