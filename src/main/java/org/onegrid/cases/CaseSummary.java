package org.onegrid.cases;

import java.time.Instant;

/**
 * One line of a search result.
 *
 * @param lon where the case is, in WGS-84 degrees
 * @param lat where the case is, in WGS-84 degrees
 */
public record CaseSummary(long id, String caseNo, CaseState state, CaseView.Label stateName, Channel channel,
		String channelCode, String kind, String minorCode, String urgency, Tier tier, Light light, Instant deadline,
		String handlingGrid, String leadDepartment, String description, Instant reportedAt, Instant closedAt, double lon,
		double lat) {
}
