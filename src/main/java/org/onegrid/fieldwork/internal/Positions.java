package org.onegrid.fieldwork.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onegrid.fieldwork.WorkerPosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workers' latest known points, as the track ingest keeps them.
 */
@Repository
public class Positions {

	private final JdbcClient jdbc;

	Positions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every position at or after {@code since}, without names or grids. */
	public List<WorkerPosition> since(Instant since) {
		return jdbc.sql("SELECT * FROM worker_position WHERE at >= ?")
			.param(since.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new WorkerPosition(rs.getLong("worker_id"), null,
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getDouble("lon"), rs.getDouble("lat"),
					rs.getObject("accuracy") == null ? null : rs.getDouble("accuracy"), null, false, false))
			.list();
	}

	/** The worker's latest point, if they ever sent one, without name or grid. */
	public Optional<WorkerPosition> of(long workerId) {
		return jdbc.sql("SELECT * FROM worker_position WHERE worker_id = ?")
			.param(workerId)
			.query((rs, row) -> new WorkerPosition(rs.getLong("worker_id"), null,
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getDouble("lon"), rs.getDouble("lat"),
					rs.getObject("accuracy") == null ? null : rs.getDouble("accuracy"), null, false, false))
			.optional();
	}

	/** The workers whose latest point was taken at or after {@code since}. */
	public List<Long> workersSince(Instant since) {
		return jdbc.sql("SELECT worker_id FROM worker_position WHERE at >= ?")
			.param(since.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}
}
