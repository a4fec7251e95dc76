package org.onegrid.fieldwork.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onegrid.fieldwork.CheckIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every check-in attempt, accepted or refused.
 */
@Repository
public class CheckIns {

	private final JdbcClient jdbc;

	CheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the attempt and returns its id. */
	public long add(CheckIn checkIn) {
		return jdbc.sql("""
				INSERT INTO check_in (worker_id, layer_code, grid_code, at, lon, lat, crs, distance_m, accepted, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""").params(checkIn.workerId(), checkIn.layerCode(), checkIn.gridCode(),
				checkIn.at().atOffset(ZoneOffset.UTC), checkIn.lon(), checkIn.lat(), checkIn.crs(),
				checkIn.distanceMetres(), checkIn.accepted(),
				checkIn.reason() == null ? null : checkIn.reason().name())
			.query(Long.class)
			.single();
	}

	/** The worker's attempts in {@code [from, to)}, oldest first. */
	public List<CheckIn> ofWorker(long worker, Instant from, Instant to) {
		return jdbc.sql("SELECT * FROM check_in WHERE worker_id = ? AND at >= ? AND at < ? ORDER BY at, id")
			.params(worker, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(CheckIns::map)
			.list();
	}

	private static CheckIn map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reason");
		return new CheckIn(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("layer_code"),
				rs.getString("grid_code"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getDouble("lon"),
				rs.getDouble("lat"), rs.getString("crs"), rs.getDouble("distance_m"), rs.getBoolean("accepted"),
				reason == null ? null : CheckIn.Refusal.valueOf(reason));
	}

	/** The workers with an accepted check-in at or after {@code since}. */
	public List<Long> workersSince(Instant since) {
		return jdbc.sql("SELECT DISTINCT worker_id FROM check_in WHERE accepted AND at >= ?")
			.param(since.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}
}
