package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The offline scores (线下考核) assessors entered, only ever added to: for each person and month the latest entry
 * counts.
 */
@Repository
class OfflineScores {

	private final JdbcClient jdbc;

	OfflineScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long personId, String month, BigDecimal score, String note, String enteredBy, Instant at) {
		return jdbc.sql("""
				INSERT INTO assessment_offline_score (person_id, month, score, note, entered_by, entered_at)
				VALUES (:person, :month, :score, :note, :by, :at)
				RETURNING id
				""")
			.param("person", personId)
			.param("month", month)
			.param("score", score)
			.param("note", note)
			.param("by", enteredBy)
			.param("at", Facts.utc(at))
			.query(Long.class)
			.single();
	}

	/** The person's entries for the month, latest first, without the month's publication state. */
	List<OfflineScore> history(long personId, String month) {
		return jdbc.sql("""
				SELECT id, person_id, month, score, note, entered_by, entered_at FROM assessment_offline_score
				WHERE person_id = :person AND month = :month ORDER BY id DESC
				""")
			.param("person", personId)
			.param("month", month)
			.query((rs, row) -> new OfflineScore(rs.getLong("id"), rs.getLong("person_id"), rs.getString("month"),
					rs.getBigDecimal("score"), rs.getString("note"), rs.getString("entered_by"),
					rs.getTimestamp("entered_at").toInstant(), null, false))
			.list();
	}

	/**
	 * Each person's offline score over the months: the mean, to two places, of the latest entry of each of the
	 * months that has one.
	 */
	Map<Long, BigDecimal> scores(List<String> months) {
		Map<Long, BigDecimal> scores = new HashMap<>();
		if (months.isEmpty()) {
			return scores;
		}
		jdbc.sql("""
				SELECT person_id, avg(score) AS score FROM (
				  SELECT DISTINCT ON (person_id, month) person_id, score FROM assessment_offline_score
				  WHERE month = ANY (CAST(:months AS text[]))
				  ORDER BY person_id, month, id DESC) latest
				GROUP BY person_id
				""")
			.param("months", months.toArray(String[]::new))
			.query(rs -> {
				scores.put(rs.getLong("person_id"), rs.getBigDecimal("score").setScale(2, RoundingMode.HALF_UP));
			});
		return scores;
	}
}
