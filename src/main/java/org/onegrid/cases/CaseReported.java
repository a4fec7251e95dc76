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
 * @param source the district's own channel the case came in on, following {@code channel}'s rules; {@code null} for
 *     a built-in channel
 * @param lon the case's point (WGS-84), so that listeners placing it need not read the case back; {@code null} only
 *     where an event is made without one, outside intake
 * @param lat the point's latitude, as {@code lon}
 * @param historical the case happened before OneGrid kept it and is recorded from another system's records now, so it
 *     counts in the month it happened but is no news
 */
public record CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
		String reportedBy, boolean selfHandled, Instant reportedAt, String layer, List<String> grids, String source,
		Double lon, Double lat, boolean historical) {

	public CaseReported {
		grids = grids == null ? List.of() : List.copyOf(grids);
	}

	/** A report on a built-in channel. */
	public CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
			String reportedBy, boolean selfHandled, Instant reportedAt, String layer, List<String> grids) {
		this(caseId, channel, kind, minorCode, handlingGrid, reportedBy, selfHandled, reportedAt, layer, grids, null,
				null, null, false);
	}

	/** A report whose layer and grids are not known. */
	public CaseReported(long caseId, Channel channel, Kind kind, String minorCode, String handlingGrid,
			String reportedBy, boolean selfHandled, Instant reportedAt) {
		this(caseId, channel, kind, minorCode, handlingGrid, reportedBy, selfHandled, reportedAt, null, List.of(), null,
				null, null, false);
	}

	/** The code of the channel the case came in on: the district's own one, or the built-in one. */
	public String channelCode() {
		return source != null ? source : channel.name();
	}
}
