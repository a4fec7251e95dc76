package org.onegrid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The benchmark's scratch databases on one PostgreSQL server, and what the server says about them: the CPU time its
 * processes serving a database have used (from {@code /proc}, so the server must run on this machine) and the
 * database's transaction and row counters from {@code pg_stat_database}.
 */
final class Databases {

	private static final double TICKS_PER_SECOND = 100;

	private final String server;

	private final String user;

	/** @param server host and port, such as {@code 127.0.0.1:5432} */
	Databases(String server, String user) {
		this.server = server;
		this.user = user;
	}

	String url(String database) {
		return "jdbc:postgresql://" + server + "/" + database;
	}

	/** Drops {@code database} if it exists, with any connection to it, and creates it empty. */
	void recreate(String database) throws SQLException {
		try (Connection admin = admin(); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
			statement.execute("CREATE DATABASE \"" + database + "\"");
		}
	}

	/** A pool of {@code size} connections to {@code database}, as the product configures its own. */
	HikariDataSource pool(String database, int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName(database);
		pool.setJdbcUrl(url(database));
		pool.setUsername(user);
		pool.setMaximumPoolSize(size);
		return pool;
	}

	/** CPU seconds used so far by the server processes now connected to {@code database}. */
	double backendCpuSeconds(String database) throws SQLException {
		long ticks = 0;
		try (Connection admin = admin();
				PreparedStatement query = admin.prepareStatement(
						"SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ticks += cpuTicks(rows.getInt(1));
				}
			}
		}
		return ticks / TICKS_PER_SECOND;
	}

	/** {@code xact_commit, tup_inserted, tup_updated, tup_deleted} of {@code database}, as the server has them now. */
	long[] counters(String database) throws SQLException {
		try (Connection admin = admin();
				PreparedStatement query = admin.prepareStatement("SELECT xact_commit, tup_inserted, tup_updated, "
						+ "tup_deleted FROM pg_stat_database WHERE datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return new long[] { rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4) };
			}
		}
	}

	private Connection admin() throws SQLException {
		return DriverManager.getConnection(url("postgres"), user, "");
	}

	private static long cpuTicks(int pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}
}
