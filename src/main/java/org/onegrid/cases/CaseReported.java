package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

import org.onegrid.catalogue.Kind;

/**
 * A case was taken in. {@code selfHandled} cases were fixed on the spot and are already closed; they count as
 * discoveries of the reporting worker.
 *
 * @param layer the case's primary layer, or {@code null} where the reporter did not say
 * @param grids the primary layer's grids from the smallest one holding the case up to its handling grid, whose teams
 *     answer for finding the problem on patrol; empty where unknown
 */
public record CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
		String reportedBy, boolean selfHandled, Instant reportedAt, String layer, List<String> grids) {

	public CaseReported {
		grids = grids == null ? List.of() : List.copyOf(grids);
	}

	/** A report whose layer and grids are not known. */
	public CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
			String reportedBy, boolean selfHandled, Instant reportedAt) {
		this(caseId, channel, kind, minorCode, handlingGrid, reportedBy, selfHandled, reportedAt, null, List.of());
	}
}
