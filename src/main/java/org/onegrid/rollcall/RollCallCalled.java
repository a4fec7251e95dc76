package org.onegrid.rollcall;

import java.time.Instant;
import java.util.List;

/** A roll call was made: each person called should be told to answer before {@code answerBy}. */
public record RollCallCalled(long rollCallId, String unitCode, List<Long> personIds, Instant answerBy, String note) {

	public RollCallCalled {
		personIds = List.copyOf(personIds);
	}
}
