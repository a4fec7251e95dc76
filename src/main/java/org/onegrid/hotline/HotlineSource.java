package org.onegrid.hotline;

import java.time.Instant;

/**
 * An outside system that hands tickets to OneGrid, such as the 12345 hotline or 110's diversion desk.
 *
 * @param code the source's short code in the ticket URL, such as {@code 12345} or {@code provincial}
 * @param channel the case channel its tickets arrive on, such as {@code HOTLINE_12345}
 * @param timeLimit the source's own reply limit, counted from the ticket's reported time
 * @param pushBackSubscriberId the webhook subscriber that receives results, or {@code null} for none
 * @param withdrawnAt when the district withdrew the source, which then takes no new tickets while its past tickets
 *     keep their cases and push-back; {@code null} while it takes tickets
 */
public record HotlineSource(String code, String name, String channel, TimeLimit timeLimit, Long pushBackSubscriberId,
		Instant withdrawnAt, Instant updatedAt) {

	/** Whether the source takes new tickets. */
	public boolean accepting() {
		return withdrawnAt == null;
	}

	/** A reply limit in working {@code HOURS} or {@code DAYS}. */
	public record TimeLimit(Integer amount, String unit) {
	}
}
