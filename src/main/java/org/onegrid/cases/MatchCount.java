package org.onegrid.cases;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many cases a search matches, for the first page of its walk: counted exactly up to {@value CaseSearch#COUNT_CAP}
 * and beyond that given as the cap, marked as capped ("10,000+"). A search the database's planner expects to match
 * far more than the cap (more than {@link CasesProperties#countEstimateAbove()}) is not counted at all: counting would
 * read ten thousand cases, and in a large district join each to its report, only to answer "10,000+", which is what
 * the estimate already says.
 */
@Component
class MatchCount {

	/** The top plan node's row estimate in {@code EXPLAIN (FORMAT JSON)}. */
	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private final JdbcClient jdbc;

	private final long estimateAbove;

	MatchCount(JdbcClient jdbc, CasesProperties properties) {
		this.jdbc = jdbc;
		this.estimateAbove = properties.countEstimateAbove();
	}

	/** The total, at most the cap, and whether there are more matches than it says. */
	record Total(long total, boolean capped) {
	}

	Total of(String where, Map<String, Object> params) {
		String matches = "SELECT 1 FROM case_row WHERE " + where;
		String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + matches).params(params).query(String.class).single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		if (rows.find() && Double.parseDouble(rows.group(1)) > estimateAbove) {
			return new Total(CaseSearch.COUNT_CAP, true);
		}
		long counted = jdbc.sql("SELECT count(*) FROM (" + matches + " LIMIT " + (CaseSearch.COUNT_CAP + 1)
				+ ") matches").params(params).query(Long.class).single();
		return new Total(Math.min(counted, CaseSearch.COUNT_CAP), counted > CaseSearch.COUNT_CAP);
	}
}
