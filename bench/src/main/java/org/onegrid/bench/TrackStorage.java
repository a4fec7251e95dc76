package org.onegrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Storage of both sides, as {@code pg_total_relation_size} (heap, TOAST and indexes) divided by the points stored.
 * OneGrid's side counts the hourly track rows and, separately, its two rollups (latest positions, patrol days).
 */
final class TrackStorage {

	private final DataSource dataSource;

	private final long points;

	TrackStorage(DataSource dataSource, long points) {
		this.dataSource = dataSource;
		this.points = points;
	}

	/** Adds {@code count} generated workers to the demo district's unit and returns their ids. */
	static long[] addWorkers(DataSource dataSource, int count) throws SQLException {
		long[] ids = new long[count];
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO person (name, unit_code, generated, created_at)
						SELECT 'bench worker ' || n, (SELECT code FROM org_unit ORDER BY code LIMIT 1), TRUE, now()
						FROM generate_series(1, ?) AS n RETURNING id""")) {
			insert.setInt(1, count);
			try (ResultSet rows = insert.executeQuery()) {
				for (int i = 0; rows.next(); i++) {
					ids[i] = rows.getLong(1);
				}
			}
		}
		return ids;
	}

	void measure(String label, Map<String, String> table, boolean full) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String relation : new String[] { "patrol_track", "worker_position", "patrol_visit",
					"bench_track_point" }) {
				statement.execute((full ? "VACUUM FULL ANALYZE " : "VACUUM ANALYZE ") + relation);
			}
			long track = size(statement, "pg_total_relation_size('patrol_track')");
			long rollups = size(statement, "pg_total_relation_size('worker_position') "
					+ "+ pg_total_relation_size('patrol_visit')");
			long rows = size(statement, "pg_total_relation_size('bench_track_point')");
			long payload = size(statement, "coalesce(sum(octet_length(points)), 0) FROM patrol_track");
			long stored = size(statement, "count(*) FROM bench_track_point");
			table.put("points stored (baseline rows)", String.format(Locale.ROOT, "%,d of %,d sent", stored, points));
			table.put("OneGrid bytes/point, " + label, String.format(Locale.ROOT,
					"%.1f tracks (%.1f encoded points) + %.1f rollups", (double) track / points,
					(double) payload / points, (double) rollups / points));
			table.put("plain rows bytes/point, " + label, String.format(Locale.ROOT, "%.1f", (double) rows / points));
			table.put("ratio storage rows / OneGrid tracks, " + label,
					String.format(Locale.ROOT, "%.1fx (%.1fx with rollups)", (double) rows / track,
							(double) rows / (track + rollups)));
		}
	}

	private static long size(Statement statement, String expression) throws SQLException {
		try (ResultSet result = statement.executeQuery("SELECT " + expression)) {
			result.next();
			return result.getLong(1);
		}
	}
}
