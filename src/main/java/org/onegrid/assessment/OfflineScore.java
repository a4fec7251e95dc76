package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of the offline part of a person's monthly assessment (线下考核), as an assessor gave it. The latest entry
 * for a person and month counts; earlier ones stay as its history.
 *
 * @param score the points the assessor gave, 0 to 100
 * @param closedRevision the month's latest published revision when the entry was read, or {@code null} while the
 * month is open; a closed month's published result does not include an entry made after that close, which counts
 * from the month's next close, published as a new revision
 * @param published whether the entry was made before the month's latest close, whose published result counts the
 * latest entry made before it
 */
public record OfflineScore(long id, long personId, String month, BigDecimal score, String note, String enteredBy,
		Instant enteredAt, Integer closedRevision, boolean published) {
}
