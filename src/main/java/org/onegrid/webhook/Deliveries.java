package org.onegrid.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's rows: claimed by a sweep under a lease, then marked delivered, failed (to retry later) or dead.
 * <p>
 * A claim takes only each subscriber's oldest pending row, so one subscriber's deliveries go one at a time in the
 * order they were recorded, and a failing one holds back those after it until it is delivered or dead. The claim
 * locks with {@code FOR UPDATE SKIP LOCKED} and checks the lease on the row itself, so two instances never take the
 * same row at once; a row whose sender died is taken again when its lease ends.
 */
@Component
class Deliveries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row taken for sending, with where and how to send it. */
	record Claimed(long id, UUID eventId, String eventType, String payload, int attempts, Instant leaseUntil,
			String url, String secret) {
	}

	/** The earliest time a pending row is due, or {@code null} when none is pending. */
	Instant earliestDue() {
		return jdbc.sql("SELECT min(next_attempt_at) FROM webhook_delivery WHERE status = 'PENDING'")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	/** Takes up to {@code limit} due rows, at most one per subscriber, counting an attempt for each. */
	List<Claimed> claim(Instant now, Instant leaseEnd, int limit) {
		Instant leaseUntil = leaseEnd.truncatedTo(ChronoUnit.MICROS);
		return jdbc.sql("""
				WITH taken AS (
				  SELECT d.id FROM webhook_delivery d
				  JOIN webhook_subscriber s ON s.id = d.subscriber_id AND s.active
				  WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
				    AND (d.lease_until IS NULL OR d.lease_until <= :now)
				    AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
				                    WHERE e.subscriber_id = d.subscriber_id AND e.status = 'PENDING' AND e.id < d.id)
				  ORDER BY d.next_attempt_at, d.id
				  LIMIT :limit
				  FOR UPDATE OF d SKIP LOCKED)
				UPDATE webhook_delivery d SET lease_until = :leaseUntil, attempts = d.attempts + 1,
				  last_attempt_at = :now
				FROM taken, webhook_subscriber s
				WHERE d.id = taken.id AND s.id = d.subscriber_id
				RETURNING d.id, d.event_id, d.event_type, d.payload, d.attempts, s.url, s.secret
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("leaseUntil", leaseUntil.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getObject("event_id", UUID.class),
					rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"), leaseUntil,
					rs.getString("url"), rs.getString("secret")))
			.list();
	}

	/** Marks a claimed row delivered, unless its lease ended and another sweep took it over. */
	void delivered(Claimed row, int status, Instant at) {
		jdbc.sql("""
				UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = :at, last_status = :status,
				  last_error = NULL, lease_until = NULL
				WHERE id = :id AND lease_until = :lease
				""")
			.param("id", row.id())
			.param("lease", row.leaseUntil().atOffset(ZoneOffset.UTC))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("status", status)
			.update();
	}

	/** Records a failed attempt: the row waits until {@code next}, or is dead when {@code dead}. */
	void failed(Claimed row, Integer status, String error, Instant next, boolean dead) {
		jdbc.sql("""
				UPDATE webhook_delivery SET status = :newStatus, next_attempt_at = :next, last_status = :status,
				  last_error = :error, lease_until = NULL
				WHERE id = :id AND lease_until = :lease
				""")
			.param("id", row.id())
			.param("lease", row.leaseUntil().atOffset(ZoneOffset.UTC))
			.param("newStatus", dead ? "DEAD" : "PENDING")
			.param("next", next.atOffset(ZoneOffset.UTC))
			.param("status", status)
			.param("error", error.length() > 500 ? error.substring(0, 500) : error)
			.update();
	}

	/** A subscriber's deliveries, newest first, all or of one status. */
	List<Delivery> of(long subscriberId, String status, int limit) {
		return jdbc.sql("SELECT * FROM webhook_delivery WHERE subscriber_id = :subscriber "
				+ "AND (CAST(:status AS text) IS NULL OR status = :status) ORDER BY id DESC LIMIT :limit")
			.param("subscriber", subscriberId)
			.param("status", status == null ? null : status.toUpperCase(Locale.ROOT))
			.param("limit", limit)
			.query(Deliveries::read)
			.list();
	}

	/** Puts a dead row back in the queue with no attempts counted; false when it is not a dead row of the subscriber. */
	boolean requeue(long subscriberId, long id, Instant now) {
		return jdbc.sql("""
				UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now, lease_until = NULL
				WHERE id = :id AND subscriber_id = :subscriber AND status = 'DEAD'
				""")
			.param("id", id)
			.param("subscriber", subscriberId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Deletes the rows delivered before {@code before}; returns how many. */
	int pruneDelivered(Instant before) {
		return jdbc.sql("DELETE FROM webhook_delivery WHERE status = 'DELIVERED' AND delivered_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The subscriber's delivery, if it has one with that id. */
	Optional<Delivery> find(long subscriberId, long id) {
		return jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ? AND subscriber_id = ?")
			.params(id, subscriberId)
			.query(Deliveries::read)
			.optional();
	}

	private static Delivery read(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getLong("subscriber_id"), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), rs.getLong("case_id"), instant(rs, "occurred_at"),
				rs.getString("status").toLowerCase(Locale.ROOT), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
				instant(rs, "delivered_at"), instant(rs, "created_at"), JSON.readTree(rs.getString("payload")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
