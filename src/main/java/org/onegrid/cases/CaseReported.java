package org.onegrid.cases;

import java.time.Instant;

import org.onegrid.catalogue.Kind;

/**
 * A case was taken in. {@code selfHandled} cases were fixed on the spot and are already closed; they count as
 * discoveries of the reporting worker.
 */
public record CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
		String reportedBy, boolean selfHandled, Instant reportedAt) {
}
