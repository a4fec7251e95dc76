package org.onegrid.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sealed counts of the facts (see {@link MonthSeal}): per layer, day and category when every grid is asked for,
 * so that a whole district reads a few rows per day, and per grid, month and category for an area.
 */
@Repository
class SealedMonths {

	/** Takes one month's sums: the month in column 1, the sums asked for from column 2 on. */
	interface MonthRow {
		void put(YearMonth month, ResultSet rs) throws SQLException;
	}

	private final JdbcClient jdbc;

	SealedMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads {@code sums} of the sealed counts of each month in [from, to) that has any, within the filter. */
	void read(MonthlyFacts.Filter filter, YearMonth from, YearMonth to, String sums, MonthRow row) {
		if (!from.isBefore(to)) {
			return;
		}
		boolean byGrid = filter.grids() != null;
		String when = byGrid ? "month" : "day";
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, when, from.atDay(1), to.atDay(1), params);
		jdbc.sql("SELECT %s, %s FROM %s WHERE %s GROUP BY 1".formatted(byGrid ? "month" : "date_trunc('month', day)::date",
				sums, byGrid ? "analysis_month_grid" : "analysis_day_layer", where))
			.params(params)
			.query((rs, n) -> {
				row.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs);
				return null;
			})
			.list();
	}

	/** The sealed count of cases reported on each day in [from, to) that has any, in a layer (or all) and category. */
	Map<LocalDate, Integer> reportedByDay(String layer, String category, LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> days = new HashMap<>();
		if (!from.isBefore(to)) {
			return days;
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(new MonthlyFacts.Filter(layer, null, category), "day", from, to, params);
		jdbc.sql("SELECT day, sum(reported) FROM analysis_day_layer WHERE %s GROUP BY 1".formatted(where))
			.params(params)
			.query((rs, n) -> days.put(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
		return days;
	}

	private static String where(MonthlyFacts.Filter filter, String when, LocalDate from, LocalDate to,
			Map<String, Object> params) {
		params.put("from", from);
		params.put("to", to);
		return when + " >= :from AND " + when + " < :to AND " + filter.conditions(params);
	}
}
