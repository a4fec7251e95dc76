package org.onegrid.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored cases: one hot row per case, written only if its version is the one the writer read, and the
 * append-only timeline, written in the same statement so that a step and its history never part.
 */
@Repository
class Cases {

	static final String COLUMNS = "id, version, data";

	/** Joins array values in parameters; no code contains it. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new case with its first timeline entries, unless a case with the same request id exists.
	 *
	 * @return the new case's id, or empty when the request id was taken
	 */
	Optional<Long> insert(Case report, String requestId, String requestHash) {
		Map<String, Object> params = columns(report);
		params.put("requestId", requestId);
		params.put("requestHash", requestHash);
		params.put("entries", CaseJson.write(report.newEntries));
		return jdbc.sql("""
				WITH inserted AS (
				  INSERT INTO cases (request_id, request_hash, version, state, kind, minor_code, channel, urgency, tier,
				    light, next_light_at, deadline, handling_grid, departments, grid_keys, lon, lat, is_open,
				    reported_at, closed_at, updated_at, data, reported_by)
				  VALUES (:requestId, :requestHash, 1, :state, :kind, :minorCode, :channel, :urgency, :tier, :light,
				    :nextLightAt, :deadline, :handlingGrid, string_to_array(:departments, chr(31)),
				    string_to_array(:gridKeys, chr(31)), :lon, :lat, :open, :reportedAt, :closedAt, :updatedAt,
				    CAST(:data AS jsonb), :reportedBy)
				  ON CONFLICT (request_id) DO NOTHING
				  RETURNING id),
				entries AS (
				  INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
				    attachments, details)
				  SELECT inserted.id, e.seq, e.action, e."from", e."to", e.actor, e.role, e.at, e.note,
				    coalesce(e.attachments, '[]'), coalesce(e.details, '{}')
				  FROM inserted, jsonb_to_recordset(CAST(:entries AS jsonb)) AS e(seq int, action text, "from" text,
				    "to" text, actor text, role text, at timestamptz, note text, attachments jsonb, details jsonb))
				SELECT id FROM inserted
				""").params(params).query(Long.class).optional();
	}

	/**
	 * Writes the case's new state and timeline entries if nobody changed it since it was read, and in the same round
	 * trip reads the timeline as it was before, so that the caller gets the whole timeline without asking again.
	 *
	 * @return the whole timeline after the write, or empty when another writer came first and nothing was written
	 */
	Optional<List<TimelineEntry>> update(Case changed) {
		Map<String, Object> params = columns(changed);
		params.put("id", changed.id);
		params.put("version", changed.version);
		params.put("entries", CaseJson.write(changed.newEntries));
		List<TimelineEntry> rows = jdbc.sql("""
				WITH updated AS (
				  UPDATE cases SET version = version + 1, state = :state, kind = :kind, minor_code = :minorCode,
				    urgency = :urgency, tier = :tier, light = :light, next_light_at = :nextLightAt,
				    deadline = :deadline, handling_grid = :handlingGrid,
				    departments = string_to_array(:departments, chr(31)), is_open = :open, closed_at = :closedAt,
				    updated_at = :updatedAt, data = CAST(:data AS jsonb)
				  WHERE id = :id AND version = :version
				  RETURNING id),
				entries AS (
				  INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
				    attachments, details)
				  SELECT updated.id, e.seq, e.action, e."from", e."to", e.actor, e.role, e.at, e.note,
				    coalesce(e.attachments, '[]'), coalesce(e.details, '{}')
				  FROM updated, jsonb_to_recordset(CAST(:entries AS jsonb)) AS e(seq int, action text, "from" text,
				    "to" text, actor text, role text, at timestamptz, note text, attachments jsonb, details jsonb))
				SELECT updated.id AS updated_id, t.* FROM updated LEFT JOIN case_timeline t ON t.case_id = updated.id
				ORDER BY t.seq
				""").params(params).query((rs, row) -> rs.getObject("seq") == null ? null : entry(rs)).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<TimelineEntry> timeline = new ArrayList<>(rows.stream().filter(Objects::nonNull).toList());
		timeline.addAll(changed.newEntries);
		changed.version++;
		changed.newEntries.clear();
		return Optional.of(timeline);
	}

	Optional<Case> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cases WHERE id = ?").param(id).query(Cases::read).optional();
	}


	/** The case a request id created, and the hash of that request. */
	Optional<Map.Entry<Long, String>> byRequestId(String requestId) {
		return jdbc.sql("SELECT id, request_hash FROM cases WHERE request_id = ?")
			.param(requestId)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	List<TimelineEntry> timeline(long id) {
		return jdbc.sql("SELECT * FROM case_timeline WHERE case_id = ? ORDER BY seq")
			.param(id)
			.query((rs, row) -> entry(rs))
			.list();
	}

	private static TimelineEntry entry(ResultSet rs) throws SQLException {
		return new TimelineEntry(rs.getInt("seq"), rs.getString("action"), state(rs.getString("from_state")),
				state(rs.getString("to_state")), rs.getString("actor"), rs.getString("role"),
				rs.getTimestamp("at").toInstant(), rs.getString("note"), CaseJson.strings(rs.getString("attachments")),
				CaseJson.object(rs.getString("details")));
	}

	/**
	 * Ids of cases whose light is due by {@code now}, locked for this transaction; rows another instance holds are
	 * skipped, so two sweeps never handle the same case.
	 */
	List<Long> dueForLight(Instant now, int limit) {
		return jdbc.sql("SELECT id FROM cases WHERE next_light_at <= ? ORDER BY next_light_at LIMIT ? "
				+ "FOR UPDATE SKIP LOCKED")
			.params(utc(now), limit)
			.query(Long.class)
			.list();
	}

	/** Open cases of the minor class reported since {@code since} within a box around the point. */
	List<Long> openNear(Case report, double radiusMetres, Instant since) {
		double dLat = radiusMetres / 111_320.0;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(report.lat)));
		return jdbc.sql("""
				SELECT id FROM cases
				WHERE is_open AND kind = ? AND minor_code = ? AND reported_at >= ?
				  AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
				  AND 2 * 6371008.8 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)
				      + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2))) <= ?
				ORDER BY reported_at DESC LIMIT 20
				""")
			.params(report.kind.name(), report.minorCode, utc(since), report.lat - dLat, report.lat + dLat,
					report.lon - dLon, report.lon + dLon, report.lat, report.lat, report.lon, radiusMetres)
			.query(Long.class)
			.list();
	}

	static Case read(ResultSet rs, int row) throws SQLException {
		return CaseJson.read(rs.getString("data"), rs.getLong("id"), rs.getInt("version"));
	}

	/** The {@code layer:code} keys of every grid on the case's trails, as searched by subtree and scope. */
	static List<String> gridKeys(Case c) {
		List<String> keys = new ArrayList<>();
		c.trails.forEach(trail -> trail.grids().forEach(step -> keys.add(trail.layer() + ":" + step.code())));
		return keys;
	}

	private static Map<String, Object> columns(Case c) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("state", c.state.name());
		params.put("kind", c.kind.name());
		params.put("minorCode", c.minorCode);
		params.put("channel", c.channel.name());
		params.put("urgency", c.urgency.name());
		params.put("tier", c.tier.name());
		params.put("light", c.clock == null ? null : c.clock.light().name());
		params.put("nextLightAt", c.clock == null ? null : utc(c.clock.nextLightAt()));
		params.put("deadline", c.clock == null ? null : utc(c.clock.deadline()));
		params.put("handlingGrid", c.handlingGrid);
		params.put("departments", String.join(SEPARATOR, c.departments()));
		params.put("gridKeys", String.join(SEPARATOR, gridKeys(c)));
		params.put("lon", c.lon);
		params.put("lat", c.lat);
		params.put("open", c.state.isOpen());
		params.put("reportedAt", utc(c.reportedAt));
		params.put("closedAt", utc(c.closedAt));
		params.put("updatedAt", utc(c.newEntries.isEmpty() ? c.reportedAt : c.newEntries.get(c.newEntries.size() - 1).at()));
		params.put("data", CaseJson.write(c));
		params.put("reportedBy", c.reportedBy);
		return params;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static CaseState state(String name) {
		return name == null ? null : CaseState.valueOf(name);
	}
}
