package org.onegrid.cases;

import java.time.Instant;

/**
 * A case was filed (立案): it met the filing condition and is now the district's to handle. {@code seq} is the
 * step's place in the case's timeline.
 *
 * @param filedBy who filed it, {@code null} where unknown
 * @param deadline when the dispatch stage's limit, which filing shares, ran out; {@code null} without a limit
 * @param historical the step happened before OneGrid kept the case and is recorded now from another system's
 *        records: it counts in the figures of its time, but nobody is told of it as news
 */
public record CaseFiled(long caseId, long seq, Instant filedAt, String filedBy, Instant deadline,
		boolean historical) {

	public CaseFiled(long caseId, long seq, Instant filedAt) {
		this(caseId, seq, filedAt, null, null, false);
	}
}
