package org.onegrid.cases;

import java.time.Instant;

/**
 * A case was closed (结案), with what assessment needs: who handled it, how often it was reworked and whether the
 * handling met its deadline; {@code seq} is the closing step's place in the case's timeline, and
 * {@code channelCode} the channel it came in on (the district's own or a built-in one), so that the system it came
 * from can be told. {@code historical} says the close happened before OneGrid kept the case and is recorded now from
 * another system's records: it counts in the figures of its time, but nobody is told of it as news.
 */
public record CaseClosed(Long caseId, Instant closedAt, String leadDepartment, int reworkCount,
		boolean handledOnTime, boolean selfHandled, long seq, String channelCode, boolean historical) {
}
