package org.onegrid.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * The two statements that store a case, each writing the case row and the step's timeline entries at once, so that
 * one JDBC batch of them is one round trip. Each returns as its update count the number of timeline entries it
 * wrote, which is 0 exactly when the case row was not written: its request id was taken (insert), or its version
 * had moved on (update).
 */
final class CaseStatements {

	private static final String ENTRIES = """
			INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
			  attachments, details)
			SELECT written.id, e.seq, e.action, e."from", e."to", e.actor, e.role, e.at, e.note,
			  coalesce(e.attachments, '[]'), coalesce(e.details, '{}')
			FROM written, jsonb_to_recordset(CAST(? AS jsonb)) AS e(seq int, action text, "from" text, "to" text,
			  actor text, role text, at timestamptz, note text, attachments jsonb, details jsonb)
			""";

	static final String INSERT = """
			WITH written AS (
			  INSERT INTO cases (state, light, next_light_at, deadline, handling_grid, departments, is_open,
			    closed_at, updated_at, data, kind, minor_code, urgency, tier, id, request_id, request_hash, version,
			    channel, grid_keys, lon, lat, reported_at, reported_by)
			  VALUES (?, ?, ?, ?, ?, string_to_array(?, chr(31)), ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, 1,
			    ?, string_to_array(?, chr(31)), ?, ?, ?, ?)
			  ON CONFLICT (request_id) DO NOTHING
			  RETURNING id)
			""" + ENTRIES;

	static final String UPDATE = """
			WITH written AS (
			  UPDATE cases SET version = version + 1, state = ?, light = ?, next_light_at = ?, deadline = ?,
			    handling_grid = ?, departments = string_to_array(?, chr(31)), is_open = ?, closed_at = ?,
			    updated_at = ?, data = CAST(? AS jsonb), kind = ?, minor_code = ?, urgency = ?, tier = ?
			  WHERE id = ? AND version = ?
			  RETURNING id)
			""" + ENTRIES;

	private CaseStatements() {
	}

	/** Binds one write to the statement it needs ({@link #INSERT} for a new case, {@link #UPDATE} otherwise). */
	static void bind(PreparedStatement statement, CaseWrite write) throws SQLException {
		Case c = write.c;
		int i = bindChanging(statement, c, write.data);
		statement.setLong(i++, c.id);
		if (write.isNew()) {
			statement.setString(i++, write.requestId);
			statement.setString(i++, write.requestHash);
			statement.setString(i++, c.channel.name());
			statement.setString(i++, String.join(Cases.SEPARATOR, Cases.gridKeys(c)));
			statement.setDouble(i++, c.lon);
			statement.setDouble(i++, c.lat);
			setInstant(statement, i++, c.reportedAt);
			statement.setString(i++, c.reportedBy);
		}
		else {
			statement.setInt(i++, c.version);
		}
		statement.setString(i, write.entries);
	}

	/** The columns a step may change, in the order both statements name them; returns the next index. */
	private static int bindChanging(PreparedStatement statement, Case c, String data) throws SQLException {
		statement.setString(1, c.state.name());
		statement.setString(2, c.clock == null ? null : c.clock.light().name());
		setInstant(statement, 3, c.clock == null ? null : c.clock.nextLightAt());
		setInstant(statement, 4, c.clock == null ? null : c.clock.deadline());
		statement.setString(5, c.handlingGrid);
		statement.setString(6, String.join(Cases.SEPARATOR, c.departments()));
		statement.setBoolean(7, c.state.isOpen());
		setInstant(statement, 8, c.closedAt);
		setInstant(statement, 9, c.newEntries.get(c.newEntries.size() - 1).at());
		statement.setString(10, data);
		statement.setString(11, c.kind.name());
		statement.setString(12, c.minorCode);
		statement.setString(13, c.urgency.name());
		statement.setString(14, c.tier.name());
		return 15;
	}

	private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		statement.setObject(index, Cases.utc(instant), Types.TIMESTAMP_WITH_TIMEZONE);
	}
}
