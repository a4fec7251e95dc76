package org.onegrid.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published revisions of closed months and their frozen figures and scores. A revision, once written, never
 * changes; closing a month again writes the next one.
 */
@Repository
class Months {

	private final JdbcClient jdbc;

	Months(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MonthRevision> revisions(String month) {
		return jdbc.sql("""
				SELECT month, revision, closed_by, closed_at, as_of FROM assessment_revision
				WHERE month = :month ORDER BY revision
				""")
			.param("month", month)
			.query((rs, row) -> new MonthRevision(rs.getString("month"), rs.getInt("revision"),
					rs.getString("closed_by"), rs.getTimestamp("closed_at").toInstant(),
					rs.getTimestamp("as_of").toInstant()))
			.list();
	}

	Optional<MonthRevision> latest(String month) {
		List<MonthRevision> all = revisions(month);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Writes the next revision of the month; the caller holds the month's lock (see {@link #lock}). */
	MonthRevision add(String month, String closedBy, Instant closedAt, Instant asOf) {
		int revision = jdbc.sql("""
				INSERT INTO assessment_revision (month, revision, closed_by, closed_at, as_of)
				SELECT :month, COALESCE(max(revision), 0) + 1, :closedBy, :closedAt, :asOf
				FROM assessment_revision WHERE month = :month
				RETURNING revision
				""")
			.param("month", month)
			.param("closedBy", closedBy)
			.param("closedAt", Facts.utc(closedAt))
			.param("asOf", Facts.utc(asOf))
			.query(Integer.class)
			.single();
		return new MonthRevision(month, revision, closedBy, closedAt, asOf);
	}

	/** Serialises closes of one month, on any instance, until the transaction ends. */
	void lock(String month) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('assessment-month:' || :month))")
			.param("month", month)
			.query((rs, row) -> 1)
			.list();
	}

	/** Writes the revision's figures and scores of one object type. */
	void publish(MonthRevision revision, ObjectType type, List<Figures> figures, List<Score> scores) {
		PublishedRows.figures(jdbc, revision, type, figures);
		PublishedRows.scores(jdbc, revision, type, scores);
	}

	List<Figures> figures(MonthRevision revision, ObjectType type) {
		Map<String, Map<String, BigDecimal>> byObject = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT object_code, indicator, value FROM assessment_published_figure
				WHERE month = :month AND revision = :revision AND object_type = :type
				ORDER BY object_code, position
				""")
			.param("month", revision.month())
			.param("revision", revision.revision())
			.param("type", type.name())
			.query(rs -> {
				byObject.computeIfAbsent(rs.getString("object_code"), code -> new LinkedHashMap<>())
					.put(rs.getString("indicator"), rs.getBigDecimal("value"));
			});
		return byObject.entrySet().stream().map(e -> new Figures(e.getKey(), e.getValue())).toList();
	}

	List<Score> scores(MonthRevision revision, ObjectType type) {
		return jdbc.sql("""
				SELECT object_code, score, grade, rank, change, year_on_year, own_score, bundle_weight, grid_score,
				  bundle_grids
				FROM assessment_published_score
				WHERE month = :month AND revision = :revision AND object_type = :type
				ORDER BY rank, object_code
				""")
			.param("month", revision.month())
			.param("revision", revision.revision())
			.param("type", type.name())
			.query((rs, row) -> new Score(rs.getString("object_code"), rs.getBigDecimal("score"),
					rs.getString("grade"), rs.getInt("rank"), rs.getBigDecimal("change"),
					rs.getBigDecimal("year_on_year"), part(rs)))
			.list();
	}

	private static Score.Part part(ResultSet rs) throws SQLException {
		if (rs.getBigDecimal("bundle_weight") == null) {
			return null;
		}
		Array codes = rs.getArray("bundle_grids");
		return new Score.Part(rs.getBigDecimal("bundle_weight"), rs.getBigDecimal("own_score"),
				rs.getBigDecimal("grid_score"), codes == null ? List.of() : List.of((String[]) codes.getArray()));
	}
}
