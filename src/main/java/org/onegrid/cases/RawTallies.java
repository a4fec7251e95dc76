package org.onegrid.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts cases by reading them: for readers whose scope the kept counts do not cover, for periods that do not
 * start and end at midnight, and for the cases a reader reported outside their grid. Each count is one grouped
 * statement over the indexed columns of the cases matched by a {@link CaseFilters}.
 */
@Component
class RawTallies {

	private final JdbcClient jdbc;

	RawTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases reported in {@code [from, to)} by channel code, through the reporting-time index. */
	Map<String, Long> reportedByChannel(CaseFilters f, Instant from, Instant to) {
		reported(f, from, to);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT channel_code, count(*) AS n FROM case_row WHERE " + f.where + " GROUP BY channel_code")
			.params(f.params)
			.query((rs, row) -> counts.put(rs.getString("channel_code"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The cases matched. */
	long count(CaseFilters f) {
		return jdbc.sql("SELECT count(*) FROM case_row WHERE " + f.where).params(f.params).query(Long.class).single();
	}

	CaseTallies.OpenTally open(CaseFilters f) {
		return jdbc.sql("SELECT count(*) AS open, count(*) FILTER (WHERE light = 'RED') AS overdue FROM case_row"
				+ " WHERE is_open AND " + f.where)
			.params(f.params)
			.query((rs, row) -> new CaseTallies.OpenTally(rs.getLong("open"), rs.getLong("overdue")))
			.single();
	}

	List<CaseTallies.GridTally> openByLevel(CaseFilters f, String levelName) {
		f.params.put("level", levelName);
		return jdbc.sql("""
				SELECT t.value ->> 'layer' AS layer, g.value ->> 'code' AS code, min(g.value ->> 'name') AS name,
				  count(*) AS open, count(*) FILTER (WHERE light = 'RED') AS overdue
				FROM case_row,
				  jsonb_array_elements(report -> 'trails') t,
				  jsonb_array_elements(t.value -> 'grids') g
				WHERE is_open AND t.value ->> 'layer' = report ->> 'primaryLayer'
				  AND g.value ->> 'levelName' = :level AND\s""" + f.where + """

				GROUP BY 1, 2
				""")
			.params(f.params)
			.query((rs, row) -> new CaseTallies.GridTally(rs.getString("layer"), rs.getString("code"),
					rs.getString("name"), rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	/** Cases reported in {@code [from, to)} by minor class, at most {@code limit} of them, most first. */
	List<CaseTallies.CategoryTally> categories(CaseFilters f, Instant from, Instant to, int limit) {
		reported(f, from, to);
		f.params.put("limit", limit);
		return jdbc.sql("SELECT kind, minor_code, count(*) AS n FROM case_row WHERE " + f.where
				+ " GROUP BY kind, minor_code ORDER BY n DESC, minor_code, kind LIMIT :limit")
			.params(f.params)
			.query((rs, row) -> new CaseTallies.CategoryTally(rs.getString("kind"), rs.getString("minor_code"),
					rs.getLong("n")))
			.list();
	}

	/** Cases closed in {@code [from, to)}, through the closing-time index. */
	CaseTallies.OnTime closedOnTime(CaseFilters f, Instant from, Instant to) {
		f.params.put("closedFrom", Cases.utc(from));
		f.params.put("closedTo", Cases.utc(to));
		return jdbc.sql("""
				SELECT count(*) AS closed, count(*) FILTER (WHERE (data ->> 'handledOnTime')::boolean) AS on_time
				FROM case_row
				WHERE closed_at >= :closedFrom AND closed_at < :closedTo AND state IN ('CLOSED', 'EVALUATED')
				  AND NOT coalesce((report ->> 'selfHandled')::boolean, false) AND\s""" + f.where)
			.params(f.params)
			.query((rs, row) -> new CaseTallies.OnTime(rs.getLong("closed"), rs.getLong("on_time")))
			.single();
	}

	private static void reported(CaseFilters f, Instant from, Instant to) {
		f.where.append(" AND reported_at >= :from AND reported_at < :to");
		f.params.put("from", Cases.utc(from));
		f.params.put("to", Cases.utc(to));
	}
}
