package org.onegrid.cases;

/**
 * Who takes a step on a case, and in which role; recorded on every timeline entry.
 */
public record Actor(String id, String role) {

	/** The system itself, for sweeps and automatic escalation. */
	public static final Actor SYSTEM = new Actor("system", "system");

	/** The role of steps recorded from another system's records: they happened, but not as this account's work. */
	static final String IMPORT = "import";

	/**
	 * Whose work the step counts as in a person's figures: the actor, or {@code null} for a step recorded from another
	 * system's records, which the account that imported them did not take.
	 */
	public String person() {
		return IMPORT.equals(role) ? null : id;
	}
}
