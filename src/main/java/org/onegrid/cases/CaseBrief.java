package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case in a few fields, for a line in a live feed: what and where, how it stands, and what decides who may see
 * it ({@code gridKeys}, {@code departments} and {@code reportedBy}, as {@link org.onegrid.access.Grant#sees} takes
 * them).
 *
 * @param caseNo the case's number, or {@code null} while the transaction storing the case has not committed: a case
 *     takes its day's number as that transaction commits
 * @param street the grid of the street level on the case's primary trail, by name, if there is one
 * @param description the first 120 characters of the report's text
 */
public record CaseBrief(long id, String caseNo, CaseState state, Channel channel, String channelCode, String kind,
		String minorCode, String urgency, Light light, Instant deadline, String handlingGrid, String street,
		String description, Instant reportedAt, List<String> gridKeys, List<String> departments, String reportedBy) {

	public CaseBrief {
		gridKeys = List.copyOf(gridKeys);
		departments = List.copyOf(departments);
	}
}
