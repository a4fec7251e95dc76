package org.onegrid.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a revision's figures and scores of one object type in a few statements, each carrying many rows as arrays:
 * a close publishes every indicator of every grid and every worker (a district of ten thousand workers has some two
 * hundred thousand figures), and a statement per figure kept a close waiting on as many round trips.
 */
final class PublishedRows {

	/** Rows per statement, so that no one statement's arrays grow without bound. */
	private static final int CHUNK = 20_000;

	private static final String SEPARATOR = "\u001f";

	private PublishedRows() {
	}

	static void figures(JdbcClient jdbc, MonthRevision revision, ObjectType type, List<Figures> figures) {
		List<String[]> rows = new ArrayList<>();
		for (Figures f : figures) {
			int position = 0;
			for (Map.Entry<String, BigDecimal> value : f.values().entrySet()) {
				rows.add(new String[] { f.object(), value.getKey(), Integer.toString(position++),
						text(value.getValue()) });
			}
		}
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			of(jdbc, revision, type, """
					INSERT INTO assessment_published_figure (month, revision, object_type, object_code, indicator,
					  position, value)
					SELECT :month, :revision, :type, r.object, r.indicator, CAST(r.position AS integer),
					  CAST(r.value AS numeric)
					FROM unnest(CAST(:objects AS text[]), CAST(:indicators AS text[]), CAST(:positions AS text[]),
					  CAST(:values AS text[])) AS r(object, indicator, position, value)
					""")
				.param("objects", column(chunk, 0))
				.param("indicators", column(chunk, 1))
				.param("positions", column(chunk, 2))
				.param("values", column(chunk, 3))
				.update();
		}
	}

	static void scores(JdbcClient jdbc, MonthRevision revision, ObjectType type, List<Score> scores) {
		for (int from = 0; from < scores.size(); from += CHUNK) {
			List<String[]> chunk = scores.subList(from, Math.min(scores.size(), from + CHUNK)).stream()
				.map(PublishedRows::row)
				.toList();
			of(jdbc, revision, type, """
					INSERT INTO assessment_published_score (month, revision, object_type, object_code, score, grade,
					  rank, change, year_on_year, own_score, bundle_weight, grid_score, bundle_grids)
					SELECT :month, :revision, :type, r.object, CAST(r.score AS numeric), r.grade,
					  CAST(r.rank AS integer), CAST(r.change AS numeric), CAST(r.year_on_year AS numeric),
					  CAST(r.own AS numeric), CAST(r.weight AS numeric), CAST(r.grid_score AS numeric),
					  string_to_array(r.grids, chr(31))
					FROM unnest(CAST(:objects AS text[]), CAST(:scores AS text[]), CAST(:grades AS text[]),
					  CAST(:ranks AS text[]), CAST(:changes AS text[]), CAST(:yearOnYear AS text[]),
					  CAST(:owns AS text[]), CAST(:weights AS text[]), CAST(:gridScores AS text[]),
					  CAST(:grids AS text[]))
					  AS r(object, score, grade, rank, change, year_on_year, own, weight, grid_score, grids)
					""")
				.param("objects", column(chunk, 0))
				.param("scores", column(chunk, 1))
				.param("grades", column(chunk, 2))
				.param("ranks", column(chunk, 3))
				.param("changes", column(chunk, 4))
				.param("yearOnYear", column(chunk, 5))
				.param("owns", column(chunk, 6))
				.param("weights", column(chunk, 7))
				.param("gridScores", column(chunk, 8))
				.param("grids", column(chunk, 9))
				.update();
		}
	}

	/** The statement with the revision and the object type its rows belong to. */
	private static JdbcClient.StatementSpec of(JdbcClient jdbc, MonthRevision revision, ObjectType type, String sql) {
		return jdbc.sql(sql)
			.param("month", revision.month())
			.param("revision", revision.revision())
			.param("type", type.name());
	}

	private static String[] row(Score s) {
		Score.Part part = s.bundle();
		return new String[] { s.object(), text(s.score()), s.grade(), Integer.toString(s.rank()), text(s.change()),
				text(s.yearOnYear()), part == null ? null : text(part.ownScore()),
				part == null ? null : text(part.weight()), part == null ? null : text(part.gridScore()),
				part == null ? null : String.join(SEPARATOR, part.grids()) };
	}

	private static String[] column(List<String[]> rows, int index) {
		return rows.stream().map(row -> row[index]).toArray(String[]::new);
	}

	private static String text(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
