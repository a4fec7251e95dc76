package org.onegrid.rollcall;

import java.time.Instant;
import java.util.List;

/**
 * A roll call as it stands: who called it for which unit, until when the people may answer, how many answered in
 * time, late or not at all, and (in the detail) each person called.
 */
public record RollCall(long id, String unitCode, String role, String calledBy, Instant calledAt, Instant answerBy,
		String note, int called, int present, int late, int absent, int waiting, List<Attendee> attendees) {
}
