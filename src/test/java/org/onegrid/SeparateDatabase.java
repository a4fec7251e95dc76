package org.onegrid;

import java.io.File;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.util.FileSystemUtils;

/**
 * A database of its own for a test that starts an application context of its own (such as the demo district), so
 * that it neither disturbs nor sees the shared test database: an embedded PostgreSQL in its own directory, or, when
 * the tests run against a server ({@code ONEGRID_DB_URL}), a fresh database on that server.
 */
public final class SeparateDatabase {

	private static final String DIRECTORY = "--onegrid.db.embedded-directory=";

	private SeparateDatabase() {
	}

	/**
	 * Command-line arguments that point an application context at a new, empty database called {@code name}. They
	 * are arguments, not default properties, so that they win over the test configuration's shared database.
	 */
	public static String[] arguments(String name) {
		String server = System.getenv("ONEGRID_DB_URL");
		if (server == null || server.isBlank()) {
			return new String[] { DIRECTORY + "target/pg-" + name, "--onegrid.db.embedded-clean=true" };
		}
		int slash = server.lastIndexOf('/');
		int query = server.indexOf('?', slash);
		String database = server.substring(slash + 1, query < 0 ? server.length() : query) + "_" + name;
		String user = System.getenv().getOrDefault("ONEGRID_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("ONEGRID_DB_PASSWORD", "");
		try (var connection = DriverManager.getConnection(server, user, password);
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the test database " + database, e);
		}
		return new String[] { "--onegrid.db.url=" + server.substring(0, slash + 1) + database
				+ (query < 0 ? "" : server.substring(query)) };
	}

	/**
	 * Like {@link #arguments}, for a database that outlives its context: an embedded one is emptied now and kept
	 * when the context closes, so that a context started again with the same arguments finds what the first left.
	 */
	public static String[] keptAcrossRestarts(String name) {
		String[] arguments = arguments(name);
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i].startsWith(DIRECTORY)) {
				FileSystemUtils.deleteRecursively(new File(arguments[i].substring(DIRECTORY.length())));
			}
			arguments[i] = arguments[i].replace("embedded-clean=true", "embedded-clean=false");
		}
		return arguments;
	}
}
