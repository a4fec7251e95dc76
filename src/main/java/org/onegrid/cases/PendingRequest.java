package org.onegrid.cases;

import java.time.Instant;

/**
 * A request that needs approval before it takes effect: postponement (延期), suspension (挂账) or voiding (作废).
 * A case has at most one at a time.
 *
 * @param days the working days asked for, for a postponement
 */
public record PendingRequest(Kind kind, String reason, Integer days, String requestedBy, Instant at) {

	/** What is asked for. */
	public enum Kind {

		POSTPONEMENT, SUSPENSION, VOID
	}
}
