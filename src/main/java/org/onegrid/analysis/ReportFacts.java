package org.onegrid.analysis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The module's own facts: one row per reported case with its smallest grid, category, place and closing time.
 * Counts per grid and category over any span of days are read from these rows; each fact is stored once however
 * often its event is delivered.
 */
@Repository
class ReportFacts {

	/** A case as the rules see it. */
	record Report(long caseId, String layer, String grid, String minorCode, Instant reportedAt, double lon,
			double lat, Instant closedAt) {
	}

	private final JdbcClient jdbc;

	ReportFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void reported(Report r, String kind) {
		store(r, kind, null, "DO NOTHING");
	}

	/** The case's fact as given, with the citizen's answer at the callback or none, whatever was stored before. */
	void replace(Report r, String kind, Answer answer) {
		store(r, kind, answer, """
				DO UPDATE SET layer = excluded.layer, grid = excluded.grid, kind = excluded.kind,
				  minor_code = excluded.minor_code, reported_at = excluded.reported_at, lon = excluded.lon,
				  lat = excluded.lat, closed_at = excluded.closed_at, satisfaction = excluded.satisfaction,
				  evaluated_at = excluded.evaluated_at""");
	}

	/** The citizen's answer at the callback on a case. */
	record Answer(String satisfaction, Instant at) {
	}

	private void store(Report r, String kind, Answer answer, String onConflict) {
		jdbc.sql("""
				INSERT INTO analysis_report (case_id, layer, grid, kind, minor_code, reported_at, lon, lat, closed_at,
				  satisfaction, evaluated_at)
				VALUES (:id, :layer, :grid, :kind, :minor, :at, :lon, :lat, :closed, :satisfaction, :evaluated)
				ON CONFLICT (case_id)
				""" + onConflict)
			.param("id", r.caseId())
			.param("layer", r.layer())
			.param("grid", r.grid())
			.param("kind", kind)
			.param("minor", r.minorCode())
			.param("at", utc(r.reportedAt()))
			.param("lon", r.lon())
			.param("lat", r.lat())
			.param("closed", r.closedAt() == null ? null : utc(r.closedAt()))
			.param("satisfaction", answer == null ? null : answer.satisfaction())
			.param("evaluated", answer == null ? null : utc(answer.at()))
			.update();
	}

	/** The citizen's answer at the callback; a case reported before the facts were kept has no row to answer. */
	void evaluated(long caseId, Answer answer) {
		jdbc.sql("UPDATE analysis_report SET satisfaction = :satisfaction, evaluated_at = :at WHERE case_id = :id")
			.param("satisfaction", answer.satisfaction())
			.param("at", utc(answer.at()))
			.param("id", caseId)
			.update();
	}

	/** The case's place as it is now; a case reported before the facts were kept has none to move. */
	void moved(long caseId, String layer, String grid, double lon, double lat) {
		jdbc.sql("UPDATE analysis_report SET layer = :layer, grid = :grid, lon = :lon, lat = :lat WHERE case_id = :id")
			.param("layer", layer)
			.param("grid", grid)
			.param("lon", lon)
			.param("lat", lat)
			.param("id", caseId)
			.update();
	}

	void closed(long caseId, Instant at) {
		jdbc.sql("UPDATE analysis_report SET closed_at = :at WHERE case_id = :id")
			.param("at", utc(at))
			.param("id", caseId)
			.update();
	}

	/** The cases reported in [from, to], oldest first. */
	List<Report> reportedBetween(Instant from, Instant to) {
		return between("reported_at", from, to);
	}

	/** The cases closed in [from, to]. */
	List<Report> closedBetween(Instant from, Instant to) {
		return between("closed_at", from, to);
	}

	/** The cases whose {@code column} (one of this table's own instants) falls in [from, to], in its order. */
	private List<Report> between(String column, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT case_id, layer, grid, minor_code, reported_at, lon, lat, closed_at FROM analysis_report
				WHERE %1$s >= :from AND %1$s <= :to ORDER BY %1$s, case_id
				""".formatted(column))
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getDouble(6), rs.getDouble(7),
					instant(rs.getObject(8, OffsetDateTime.class))))
			.list();
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
