package org.onegrid.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scorecards as the district configured them, read when a month is scored. */
@Repository
class Scorecards {

	private final JdbcClient jdbc;

	Scorecards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Scorecard of(ObjectType type) {
		return new Scorecard(type,
				jdbc.sql("""
						SELECT indicator, weight, inverted FROM assessment_scorecard
						WHERE object_type = :type ORDER BY indicator
						""")
					.param("type", type.name())
					.query((rs, row) -> new Scorecard.Item(rs.getString("indicator"), rs.getBigDecimal("weight"),
							rs.getBoolean("inverted")))
					.list(),
				jdbc.sql("SELECT grade, min_score FROM assessment_grade WHERE object_type = :type")
					.param("type", type.name())
					.query((rs, row) -> new Scorecard.Grade(rs.getString("grade"), rs.getBigDecimal("min_score")))
					.list(),
				jdbc.sql("SELECT bundled_type, weight FROM assessment_scorecard_bundle WHERE object_type = :type")
					.param("type", type.name())
					.query((rs, row) -> new Scorecard.Bundle(ObjectType.valueOf(rs.getString("bundled_type")),
							rs.getBigDecimal("weight")))
					.optional()
					.orElse(null));
	}
}
