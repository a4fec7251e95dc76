package org.onegrid.fieldwork.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workers' tracks, one row per worker and hour, and each worker's latest position.
 * <p>
 * An upload touching one hour is a single statement: it appends its segment to the hour's row (or creates the row)
 * and moves the worker's position forward if the upload holds a later point. An upload touching several hours
 * appends to each hour in time order and then moves the position, in one transaction run by the caller; this
 * order of locks (hours ascending, position last) is the same for every upload, so two uploads of one worker wait
 * for each other instead of deadlocking.
 */
@Repository
public class TrackChunks {

	private static final String APPEND = """
			INSERT INTO patrol_track AS c (worker_id, hour, point_count, segments, points) VALUES (?, ?, ?, 1, ?)
			ON CONFLICT (worker_id, hour) DO UPDATE SET points = c.points || EXCLUDED.points,
			  point_count = c.point_count + EXCLUDED.point_count, segments = c.segments + 1
			""";

	private static final String MOVE = """
			INSERT INTO worker_position AS p (worker_id, at, lon, lat, accuracy) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (worker_id) DO UPDATE SET at = EXCLUDED.at, lon = EXCLUDED.lon, lat = EXCLUDED.lat,
			  accuracy = EXCLUDED.accuracy
			WHERE p.at < EXCLUDED.at
			""";

	private static final String APPEND_AND_MOVE = "WITH chunk AS (" + APPEND + " RETURNING worker_id) "
			+ MOVE.replace("VALUES (?, ?, ?, ?, ?)", "SELECT worker_id, ?::timestamptz, ?::float8, ?::float8, ?::real FROM chunk");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	TrackChunks(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** An encoded segment for one hour. */
	public record Segment(long hour, int count, byte[] bytes) {
	}

	/** A stored hour: its start (epoch seconds), how many segments it holds, and its bytes. */
	public record Chunk(long hour, int segments, byte[] bytes) {
	}

	/** Appends one segment and moves the position to {@code latest}, in one statement. */
	public void appendOne(long worker, Segment segment, Fix latest) {
		jdbc.sql(APPEND_AND_MOVE)
			.params(worker, utc(segment.hour()), segment.count(), segment.bytes(), utc(latest.second()), latest.lon(),
					latest.lat(), accuracy(latest))
			.update();
	}

	/** Appends segments in hour order, then moves the position; the caller runs this in one transaction. */
	public void appendMany(long worker, List<Segment> segments, Fix latest) {
		List<Object[]> rows = new ArrayList<>(segments.size());
		for (Segment segment : segments) {
			rows.add(new Object[] { worker, utc(segment.hour()), segment.count(), segment.bytes() });
		}
		batch.batchUpdate(APPEND, rows);
		jdbc.sql(MOVE).params(worker, utc(latest.second()), latest.lon(), latest.lat(), accuracy(latest)).update();
	}

	/** The worker's hours starting in {@code [fromHour, toHour)}, by hour. */
	public List<Chunk> read(long worker, long fromHour, long toHour) {
		return jdbc.sql("""
				SELECT hour, segments, points FROM patrol_track WHERE worker_id = ? AND hour >= ? AND hour < ?
				ORDER BY hour
				""").params(worker, utc(fromHour), utc(toHour)).query((rs, row) -> new Chunk(
				rs.getObject(1, OffsetDateTime.class).toEpochSecond(), rs.getInt(2), rs.getBytes(3))).list();
	}

	/** Workers and hours in {@code [fromHour, toHour)} holding more than one segment. */
	public List<long[]> fragmented(long fromHour, long toHour, int limit) {
		return jdbc.sql("""
				SELECT worker_id, hour FROM patrol_track WHERE hour >= ? AND hour < ? AND segments > 1 LIMIT ?
				""").params(utc(fromHour), utc(toHour), limit).query((rs, row) -> new long[] { rs.getLong(1),
				rs.getObject(2, OffsetDateTime.class).toEpochSecond() }).list();
	}

	/**
	 * Replaces the hour with one canonical segment, unless another segment arrived since it was read with
	 * {@code segmentsRead} segments; returns whether it was replaced.
	 */
	public boolean compact(long worker, long hour, int segmentsRead, Segment canonical) {
		return jdbc.sql("""
				UPDATE patrol_track SET points = ?, point_count = ?, segments = 1
				WHERE worker_id = ? AND hour = ? AND segments = ?
				""").params(canonical.bytes(), canonical.count(), worker, utc(hour), segmentsRead).update() > 0;
	}

	private static Float accuracy(Fix fix) {
		return fix.accuracy() == Fix.UNKNOWN_ACCURACY ? null : (float) fix.accuracy();
	}

	private static OffsetDateTime utc(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC);
	}
}
