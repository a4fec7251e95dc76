package org.onegrid.portal;

import java.time.Instant;
import java.util.List;

/**
 * What the portal shows a citizen who holds the tracking code: the state by its display name, the public steps of
 * the timeline (what happened and when, never who or their notes) and the current deadline. Nothing personal.
 */
public record PublicCase(String caseNo, String state, String stateZh, String stateEn, String minorCode,
		String description, Instant reportedAt, Instant deadline, Instant closedAt, boolean rateable,
		String satisfaction, List<Step> steps, List<Photo> photos) {

	/** One of the photos sent with the report, read back by its number through the portal. */
	public record Photo(int number) {
	}

	/** One public step of the case. */
	public record Step(String action, String stateZh, String stateEn, Instant at) {
	}
}
