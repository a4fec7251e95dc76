package org.onegrid.api;

/**
 * How a call is recorded. Configuration, account and personal-data calls go to the audit log; case and field-work
 * calls are recorded by their own module's history (a case's timeline, a worker's check-ins and track).
 */
public enum AuditClass {

	/** Nothing is recorded: a read of data that is not personal. */
	NONE,

	/** A change to the district's configuration: grids, catalogue, organisation, roles, teams, rosters, states. */
	CONFIGURATION,

	/** Sign-in and out, accounts, passwords and tokens. */
	ACCOUNT,

	/** A read that shows personal data (people, their positions and tracks, register look-ups). */
	PERSONAL_DATA,

	/** A case step, kept in the case's append-only timeline. */
	CASE,

	/** A check-in or track upload, kept as the worker's attendance and patrol record. */
	FIELD_WORK,

	/** A change to the caller's own inbox, kept in the record it changes (when a notification was read). */
	OWN;

	/** Whether calls of this class are written to the audit log rather than to a module's own history. */
	public boolean logged() {
		return this == CONFIGURATION || this == ACCOUNT || this == PERSONAL_DATA;
	}
}
