package org.onegrid.dashboard;

import java.time.Instant;

/**
 * One line of the live feed as a screen shows it.
 *
 * @param id the line's place in the feed, which only grows; screens resume after the last one they saw
 * @param kind {@code REPORTED} (taken in), {@code OVERDUE} (a stage's light turned red) or {@code ESCALATED}
 * @param at when it happened
 * @param light the case's light when the line was written, if a clock runs
 */
record FeedItem(long id, String kind, Instant at, long caseId, String caseNo, String channel, String caseKind,
		String minorCode, String categoryZh, String categoryEn, String light, String street, String handlingGrid,
		String description, Instant reportedAt) {

	FeedItem withCaseNo(String number) {
		return new FeedItem(id, kind, at, caseId, number, channel, caseKind, minorCode, categoryZh, categoryEn, light,
				street, handlingGrid, description, reportedAt);
	}

	FeedItem withId(long newId) {
		return new FeedItem(newId, kind, at, caseId, caseNo, channel, caseKind, minorCode, categoryZh, categoryEn,
				light, street, handlingGrid, description, reportedAt);
	}
}
