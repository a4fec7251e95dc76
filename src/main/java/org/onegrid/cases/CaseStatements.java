package org.onegrid.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The statements that store cases, each writing a case row and the step's timeline entries at once, so that a
 * write is one statement and, in a batch, many writes share one round trip. Each returns as its row count the
 * number of timeline entries it appended, which is 0 when it wrote nothing: the request id of a new case was taken,
 * or a changed case's version had moved on. Every value is a parameter of its own, so that the server parses no
 * more than the case's JSON {@code data}; there is one statement text per kind of write and number of entries, each
 * prepared once per connection. Cases are found by primary key or request id, whatever the table's statistics say.
 */
final class CaseStatements {

	private static final String NEW_CASE = """
			WITH reported AS (
			  INSERT INTO case_report (id, request_id, request_hash, channel, grid_keys, lon, lat, reported_at,
			    reported_by, report)
			  VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS timestamptz), ?, CAST(? AS json))
			  ON CONFLICT (request_id) DO NOTHING
			  RETURNING id, lon, lat, reported_at),
			written AS (
			  INSERT INTO cases (id, version, lon, lat, reported_at, state, light, next_light_at, deadline,
			    handling_grid, departments, is_open, closed_at, updated_at, data, kind, minor_code, urgency, tier)
			  SELECT id, 1, lon, lat, reported_at, ?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, ?,
			    CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS json), ?, ?, ?, ?
			  FROM reported
			  RETURNING id)
			""";

	private static final String CHANGED_CASE = """
			WITH written AS (
			  UPDATE cases SET version = version + 1, state = ?, light = ?, next_light_at = CAST(? AS timestamptz),
			    deadline = CAST(? AS timestamptz), handling_grid = ?, departments = ?, is_open = ?,
			    closed_at = CAST(? AS timestamptz), updated_at = CAST(? AS timestamptz), data = CAST(? AS json),
			    kind = ?, minor_code = ?, urgency = ?, tier = ?
			  WHERE id = ? AND version = ?
			  RETURNING id)
			""";

	private static final String ENTRIES = """
			INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
			  attachments, details)
			SELECT w.id, e.* FROM written w, (VALUES %s) AS e
			""";

	private static final String ENTRY = "(?, ?, ?, ?, ?, ?, CAST(? AS timestamptz), ?, CAST(? AS jsonb), CAST(? AS jsonb))";

	/** Statement texts by number of entries, for the steps most writes are. */
	private static final int KEPT = 4;

	private static final String[] NEW_CASES = new String[KEPT];

	private static final String[] CHANGED_CASES = new String[KEPT];

	static {
		for (int entries = 1; entries < KEPT; entries++) {
			NEW_CASES[entries] = statement(NEW_CASE, entries);
			CHANGED_CASES[entries] = statement(CHANGED_CASE, entries);
		}
	}

	private CaseStatements() {
	}

	/** The statement text for a write: a new case unless its request id is taken, or a case changed in a step. */
	static String sql(CaseWrite write) {
		int entries = write.c.newEntries.size();
		if (entries < KEPT) {
			return write.isNew() ? NEW_CASES[entries] : CHANGED_CASES[entries];
		}
		return statement(write.isNew() ? NEW_CASE : CHANGED_CASE, entries);
	}

	/** Sets the parameters of {@link #sql(CaseWrite)} for the write. */
	static void bind(PreparedStatement statement, CaseWrite write) throws SQLException {
		Case c = write.c;
		int i = 1;
		if (write.isNew()) {
			statement.setLong(i++, c.id);
			statement.setString(i++, write.requestId);
			statement.setString(i++, write.requestHash);
			statement.setString(i++, c.channel.name());
			statement.setObject(i++, Cases.gridKeys(c).toArray(String[]::new));
			statement.setDouble(i++, c.lon);
			statement.setDouble(i++, c.lat);
			instant(statement, i++, c.reportedAt);
			statement.setString(i++, c.reportedBy);
			statement.setString(i++, write.report);
		}
		statement.setString(i++, c.state.name());
		statement.setString(i++, c.clock == null ? null : c.clock.light().name());
		instant(statement, i++, c.clock == null ? null : c.clock.nextLightAt());
		instant(statement, i++, c.clock == null ? null : c.clock.deadline());
		statement.setString(i++, c.handlingGrid);
		statement.setObject(i++, c.departments().toArray(String[]::new));
		statement.setBoolean(i++, c.state.isOpen());
		instant(statement, i++, c.closedAt);
		instant(statement, i++, c.newEntries.get(c.newEntries.size() - 1).at());
		statement.setString(i++, write.data);
		statement.setString(i++, c.kind.name());
		statement.setString(i++, c.minorCode);
		statement.setString(i++, c.urgency.name());
		statement.setString(i++, c.tier.name());
		if (!write.isNew()) {
			statement.setLong(i++, c.id);
			statement.setInt(i++, c.version);
		}
		for (TimelineEntry entry : c.newEntries) {
			i = bind(statement, i, entry);
		}
	}

	private static int bind(PreparedStatement statement, int first, TimelineEntry entry) throws SQLException {
		int i = first;
		statement.setInt(i++, entry.seq());
		statement.setString(i++, entry.action());
		statement.setString(i++, entry.from() == null ? null : entry.from().name());
		statement.setString(i++, entry.to().name());
		statement.setString(i++, entry.actor());
		statement.setString(i++, entry.role());
		instant(statement, i++, entry.at());
		statement.setString(i++, entry.note());
		statement.setString(i++, json(entry.attachments()));
		statement.setString(i++, json(entry.details()));
		return i;
	}

	private static String statement(String write, int entries) {
		return write + ENTRIES.formatted(String.join(", ", Collections.nCopies(entries, ENTRY)));
	}

	private static String json(List<?> values) {
		return values.isEmpty() ? "[]" : CaseJson.write(values);
	}

	private static String json(Map<?, ?> values) {
		return values.isEmpty() ? "{}" : CaseJson.write(values);
	}

	/**
	 * An instant, or null, which the statements cast to {@code timestamptz}. It goes as a {@link Timestamp}, which
	 * the driver sends with the same (unspecified) type whether or not it is null: a parameter whose type changed
	 * when its value turned null would have the driver prepare the statement again.
	 */
	private static void instant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		statement.setTimestamp(index, instant == null ? null : Timestamp.from(instant));
	}
}
