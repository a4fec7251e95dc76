package org.onegrid.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The command centre's queue of alerts that reached nobody: stored once per event, however often it is delivered,
 * and kept until someone takes it.
 */
@Repository
class UnassignedAlerts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JdbcTemplate batches;

	UnassignedAlerts(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	void add(long caseId, String kind, String message, String eventKey, String layer, String grid, String unit) {
		jdbc.sql("""
				INSERT INTO unassigned_alert (case_id, kind, message, event_key, layer_code, grid_code, unit_code,
				                              created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING
				""")
			.params(caseId, kind, message, eventKey, layer, grid, unit, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** One alert that reached nobody. */
	record Alert(long caseId, String kind, String message, String eventKey, String layer, String grid, String unit) {
	}

	/** Queues the alerts in batches of one round trip each; one queued before is not queued again. */
	void addAll(List<Alert> alerts) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		for (int from = 0; from < alerts.size(); from += 1000) {
			List<Alert> batch = alerts.subList(from, Math.min(alerts.size(), from + 1000));
			batches.batchUpdate("""
					INSERT INTO unassigned_alert (case_id, kind, message, event_key, layer_code, grid_code, unit_code,
					                              created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING
					""", batch, batch.size(), (statement, alert) -> {
				statement.setLong(1, alert.caseId());
				statement.setString(2, alert.kind());
				statement.setString(3, alert.message());
				statement.setString(4, alert.eventKey());
				statement.setString(5, alert.layer());
				statement.setString(6, alert.grid());
				statement.setString(7, alert.unit());
				statement.setObject(8, now);
			});
		}
	}

	/** The newest first; only those not yet taken when {@code open}. */
	List<UnassignedAlert> list(boolean open, int limit) {
		return jdbc.sql("SELECT * FROM unassigned_alert WHERE (NOT ? OR resolved_at IS NULL) ORDER BY id DESC LIMIT ?")
			.params(open, Math.max(1, Math.min(limit, 500)))
			.query((rs, row) -> new UnassignedAlert(rs.getLong("id"), rs.getLong("case_id"), rs.getString("kind"),
					rs.getString("message"), rs.getString("layer_code"), rs.getString("grid_code"),
					rs.getString("unit_code"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by")))
			.list();
	}

	/** Marks the alert taken by {@code by}; false when there is none open with that id. */
	boolean take(long id, String by) {
		return jdbc.sql("UPDATE unassigned_alert SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL")
			.params(clock.instant().atOffset(ZoneOffset.UTC), by, id)
			.update() == 1;
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
