package org.onegrid.cases;

/**
 * Who takes a step on a case, and in which role; recorded on every timeline entry.
 */
public record Actor(String id, String role) {

	/** The system itself, for sweeps and automatic escalation. */
	public static final Actor SYSTEM = new Actor("system", "system");
}
