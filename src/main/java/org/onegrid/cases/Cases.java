package org.onegrid.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.onegrid.access.Grant;
import org.onegrid.catalogue.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored cases, read: per case a row of what steps change ({@code cases}), a row of what intake fixed
 * ({@code case_report}; only a move of an open case changes its point and grids), and the append-only timeline.
 * Writes go through {@link CaseWriter}.
 */
@Repository
class Cases {

	static final String COLUMNS = "id, version, data, report, number_day, day_number";

	/** Joins array values in parameters; no code contains it. */
	static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored case with its whole timeline. */
	record Loaded(Case c, List<TimelineEntry> timeline) {
	}

	/**
	 * The case as stored, with its timeline, read together in one statement: one round trip, and the row and the
	 * timeline as of the same instant.
	 */
	Optional<Loaded> load(long id) {
		return jdbc.sql("""
				SELECT %s, (SELECT json_agg(t ORDER BY t.seq) FROM case_timeline t WHERE t.case_id = r.id) AS timeline
				FROM case_row r WHERE r.id = ?
				""".formatted(COLUMNS))
			.param(id)
			.query((rs, row) -> new Loaded(read(rs, row), CaseJson.timeline(rs.getString("timeline"))))
			.optional();
	}

	/** {@link #load} when the grant's scope covers the case; empty too when it does not, so as not to confirm it. */
	Optional<Loaded> load(long id, Grant grant) {
		return load(id).filter(loaded -> loaded.c().visibleTo(grant));
	}

	Optional<Case> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_row WHERE id = ?").param(id).query(Cases::read).optional();
	}

	/** The case a request id created, and the hash of that request. */
	Optional<Map.Entry<Long, String>> byRequestId(String requestId) {
		return jdbc.sql("SELECT id, request_hash FROM case_report WHERE request_id = ?")
			.param(requestId)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * The steps that moved a case from one state to another in {@code [from, to)}, on the cases the filters'
	 * {@code where} admits, oldest first, at most {@code limit}; {@code caseNo} names a case from its reporting day
	 * and number.
	 */
	List<CaseChange> stateChanges(String where, Map<String, Object> params, Instant from, Instant to, int limit,
			BiFunction<LocalDate, Long, String> caseNo) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("changedFrom", Timestamp.from(from));
		all.put("changedTo", Timestamp.from(to));
		all.put("changeLimit", limit);
		return jdbc.sql("""
				SELECT r.number_day, r.day_number, t.* FROM case_timeline t
				JOIN (SELECT id, number_day, day_number FROM case_row WHERE %s) r ON r.id = t.case_id
				WHERE t.at >= :changedFrom AND t.at < :changedTo AND t.seq > 1 AND t.from_state <> t.to_state
				ORDER BY t.at, t.case_id, t.seq LIMIT :changeLimit""".formatted(where))
			.params(all)
			.query((rs, row) -> new CaseChange(rs.getLong("case_id"),
					caseNo.apply(rs.getObject("number_day", LocalDate.class), rs.getLong("day_number")),
					entry(rs)))
			.list();
	}

	private static TimelineEntry entry(ResultSet rs) throws SQLException {
		return new TimelineEntry(rs.getInt("seq"), rs.getString("action"), state(rs.getString("from_state")),
				state(rs.getString("to_state")), rs.getString("actor"), rs.getString("role"),
				rs.getTimestamp("at").toInstant(), rs.getString("note"), CaseJson.strings(rs.getString("attachments")),
				CaseJson.object(rs.getString("details")));
	}

	/** How many cases around a point the duplicate check reads at most. */
	static final int NEAR_CANDIDATES = 200;

	/**
	 * Open cases of the minor class reported since {@code since} within {@code radiusMetres} of the point (WGS-84),
	 * newest first, at most 20. At most {@value #NEAR_CANDIDATES} candidates in the box around the point are read, so
	 * that a place crowded with open cases (a market, a building site) costs intake no more than any other place.
	 */
	List<Long> openNear(Kind kind, String minorCode, double lon, double lat, double radiusMetres, Instant since) {
		double dLat = radiusMetres / 111_320.0;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
		return jdbc.sql("""
				SELECT id FROM (
				  SELECT id, reported_at, lat, lon FROM cases
				  WHERE is_open AND kind = ? AND minor_code = ? AND reported_at >= ?
				    AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
				  LIMIT ?) near
				WHERE 2 * 6371008.8 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)
				      + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2))) <= ?
				ORDER BY reported_at DESC LIMIT 20
				""")
			.params(kind.name(), minorCode, utc(since), lat - dLat, lat + dLat, lon - dLon, lon + dLon,
					NEAR_CANDIDATES, lat, lat, lon, radiusMetres)
			.query(Long.class)
			.list();
	}

	static Case read(ResultSet rs, int row) throws SQLException {
		Case c = CaseJson.read(rs.getString("report"), rs.getString("data"), rs.getLong("id"), rs.getInt("version"));
		c.numberDay = rs.getObject("number_day", LocalDate.class);
		c.dayNumber = rs.getLong("day_number");
		return c;
	}

	/** The {@code layer:code} keys of every grid on the case's trails, as searched by subtree and scope. */
	static List<String> gridKeys(Case c) {
		List<String> keys = new ArrayList<>();
		c.trails.forEach(trail -> trail.grids().forEach(step -> keys.add(trail.layer() + ":" + step.code())));
		return keys;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static CaseState state(String name) {
		return name == null ? null : CaseState.valueOf(name);
	}
}
