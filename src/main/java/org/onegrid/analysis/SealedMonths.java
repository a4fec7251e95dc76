package org.onegrid.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sealed counts of the outlook's months (see {@link MonthSeal}): per layer and category when every grid is asked
 * for, so that a whole district reads a few rows per month, and per grid and category for an area.
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
		List<String> where = new ArrayList<>(List.of("month >= :from", "month < :to"));
		Map<String, Object> params = new HashMap<>();
		params.put("from", from.atDay(1));
		params.put("to", to.atDay(1));
		if (filter.layer() != null) {
			where.add("layer = :layer");
			params.put("layer", filter.layer());
		}
		if (filter.category() != null) {
			where.add("minor_code = :category");
			params.put("category", filter.category());
		}
		if (filter.grids() != null) {
			where.add("grid = ANY (:grids)");
			params.put("grids", filter.grids().toArray(String[]::new));
		}
		String table = filter.grids() == null ? "analysis_month_layer" : "analysis_month_grid";
		jdbc.sql("SELECT month, %s FROM %s WHERE %s GROUP BY month".formatted(sums, table, String.join(" AND ", where)))
			.params(params)
			.query((rs, n) -> {
				row.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs);
				return null;
			})
			.list();
	}
}
