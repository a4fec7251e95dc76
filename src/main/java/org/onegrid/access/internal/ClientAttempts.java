package org.onegrid.access.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Calls counted per client address and time window, in the database so that every instance adds to the same count.
 */
@Repository
public class ClientAttempts {

	private final JdbcClient jdbc;

	ClientAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one more call of {@code client} in the window that starts at {@code windowStart} and returns the
	 * window's count with it, in one statement, so that calls arriving together are all counted.
	 */
	public int count(String client, Instant windowStart) {
		return jdbc.sql("""
				INSERT INTO client_attempts (client, window_start, attempts) VALUES (:client, :windowStart, 1)
				ON CONFLICT (client, window_start) DO UPDATE SET attempts = client_attempts.attempts + 1
				RETURNING attempts
				""")
			.param("client", client)
			.param("windowStart", Accounts.utc(windowStart))
			.query(Integer.class)
			.single();
	}

	/** Forgets the windows that started before {@code windowStart}. */
	public void forgetBefore(Instant windowStart) {
		jdbc.sql("DELETE FROM client_attempts WHERE window_start < ?").param(Accounts.utc(windowStart)).update();
	}
}
