package org.onegrid.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The external PostgreSQL server the fault scenarios run against: the one {@code ONEGRID_DB_URL} names, else the
 * local server at 127.0.0.1:5432, with a fresh database {@code onegrid_faults}. It can also take the database away
 * from its clients for a while, as an outage or a failover would.
 */
final class ExternalServer {

	static final String DATABASE = "onegrid_faults";

	private final String server;

	private final String user;

	private final String password;

	private ExternalServer(String server, String user, String password) {
		this.server = server;
		this.user = user;
		this.password = password;
	}

	/** The server, or a reason why it cannot be used. */
	static ExternalServer find() {
		String url = System.getenv().getOrDefault("ONEGRID_DB_URL", "");
		String server = url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/" : url.substring(0, url.lastIndexOf('/') + 1);
		return new ExternalServer(server, System.getenv().getOrDefault("ONEGRID_DB_USER", "postgres"),
				System.getenv().getOrDefault("ONEGRID_DB_PASSWORD", ""));
	}

	/** Whether the server answers; the message says why not. */
	String unreachable() {
		try (var connection = admin()) {
			return null;
		}
		catch (SQLException e) {
			return "no PostgreSQL server at " + server + " (" + e.getMessage() + ")";
		}
	}

	/** Drops and creates {@code onegrid_faults}. */
	void freshDatabase() throws SQLException {
		try (var connection = admin(); var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

	/** The environment that points OneGrid at {@code onegrid_faults}. */
	Map<String, String> environment() {
		return Map.of("ONEGRID_DB_URL", server + DATABASE, "ONEGRID_DB_USER", user, "ONEGRID_DB_PASSWORD", password);
	}

	/** Refuses new connections to the database and ends the open ones. */
	void takeAway() throws SQLException {
		try (var connection = admin(); var statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
					+ "' AND pid <> pg_backend_pid()");
		}
	}

	/** Accepts connections to the database again. */
	void giveBack() throws SQLException {
		try (var connection = admin(); var statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
		}
	}

	private Connection admin() throws SQLException {
		DriverManager.setLoginTimeout(5);
		return DriverManager.getConnection(server + "postgres", user, password);
	}
}
