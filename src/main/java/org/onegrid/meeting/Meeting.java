package org.onegrid.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as called, of a unit or of a grid, with its agenda, its minutes once recorded, and the decisions it took.
 *
 * @param unitCode the unit whose meeting it is; {@code null} for a grid's meeting
 * @param layerCode with {@code gridCode}, the grid whose meeting it is; {@code null} for a unit's meeting
 * @param rule the standing meeting it is a sitting of, {@code null} for a one-off
 * @param heldAt when its minutes were first recorded; {@code null} while it has none
 */
public record Meeting(long id, String unitCode, String layerCode, String gridCode, MeetingKind kind, String kindName,
		String title, Instant startsAt, Instant endsAt, String calledBy, Instant calledAt, String rule, String minutes,
		List<String> attendees, Instant heldAt, String recordedBy, List<AgendaItem> agenda, List<Decision> decisions) {

	/** One case on the agenda, and why it is there. */
	public record AgendaItem(long caseId, String caseNo, List<AgendaReason> reasons, String description) {
	}

	/** One decision, as applied to its case. */
	public record Decision(long id, long caseId, String caseNo, String action, String note, String decidedBy,
			Instant decidedAt) {
	}
}
