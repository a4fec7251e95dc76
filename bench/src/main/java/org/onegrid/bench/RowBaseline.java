package org.onegrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.onegrid.fieldwork.TrackPoint;

/**
 * The baseline: plain PostgreSQL, one row per point with the same deduplication (primary key on worker and time,
 * {@code ON CONFLICT DO NOTHING}), each upload one multi-row {@code INSERT} on its own, as the service does.
 */
final class RowBaseline {

	private final DataSource dataSource;

	RowBaseline(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void create() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS bench_track_point");
			statement.execute("""
					CREATE TABLE bench_track_point (worker_id BIGINT NOT NULL, t TIMESTAMP WITH TIME ZONE NOT NULL,
					  lon DOUBLE PRECISION NOT NULL, lat DOUBLE PRECISION NOT NULL, accuracy REAL,
					  PRIMARY KEY (worker_id, t))""");
		}
	}

	void insert(Connection connection, long worker, List<TrackPoint> points) throws SQLException {
		StringBuilder sql = new StringBuilder(
				"INSERT INTO bench_track_point (worker_id, t, lon, lat, accuracy) VALUES ");
		for (int i = 0; i < points.size(); i++) {
			sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?)");
		}
		sql.append(" ON CONFLICT DO NOTHING");
		try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
			int p = 1;
			for (TrackPoint point : points) {
				insert.setLong(p++, worker);
				insert.setTimestamp(p++, Timestamp.from(point.t()));
				insert.setDouble(p++, point.lon());
				insert.setDouble(p++, point.lat());
				insert.setFloat(p++, point.accuracy().floatValue());
			}
			insert.executeUpdate();
		}
	}
}
