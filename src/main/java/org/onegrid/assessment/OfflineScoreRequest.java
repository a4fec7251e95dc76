package org.onegrid.assessment;

import java.math.BigDecimal;

/**
 * An assessor's offline score (线下考核) of one person for one month.
 *
 * @param score the points given, 0 to 100, at most two decimal places
 * @param note why, in a few words; optional, at most 500 characters
 */
public record OfflineScoreRequest(BigDecimal score, String note) {
}
