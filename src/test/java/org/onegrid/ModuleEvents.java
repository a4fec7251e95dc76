package org.onegrid;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waiting in tests for a module's listeners to take in every event published so far, as the JDBC event publication
 * registry records them, instead of sleeping for a guessed time.
 */
public final class ModuleEvents {

	private ModuleEvents() {
	}

	/** Waits until no event for a listener of the module (such as {@code assessment}) is still incomplete. */
	public static void awaitTakenIn(JdbcClient jdbc, String module) {
		for (int attempt = 0; attempt < 400; attempt++) {
			long pending = jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE completion_date IS NULL AND listener_id LIKE :listeners
					""").param("listeners", "org.onegrid." + module + ".%").query(Long.class).single();
			if (pending == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("the " + module + " module did not take in its events");
	}
}
