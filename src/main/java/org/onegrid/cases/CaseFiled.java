package org.onegrid.cases;

import java.time.Instant;

/**
 * A case was filed (立案): it met the filing condition and is now the district's to handle. {@code seq} is the
 * step's place in the case's timeline.
 */
public record CaseFiled(long caseId, long seq, Instant filedAt) {
}
