package org.onegrid.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.onegrid.analysis.Outlook.OpinionMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The module's facts counted by month in the district's zone: cases reported, and callback answers given, in an
 * area (a set of grids of a layer, or every grid) and a category (or all). Each row falls into its month by a search
 * among the months' first instants, worked out here once, rather than by converting every row's time to the zone,
 * which took two and a half times as long over ten million rows. The months already sealed are read from their
 * counts per grid (or per layer, for every grid), and only the months after them from the facts.
 */
@Repository
class MonthlyFacts {

	/** An area and a category; {@code grids} null for every grid, {@code layer} and {@code category} null for all. */
	record Filter(String layer, List<String> grids, String category) {
	}

	private final JdbcClient jdbc;

	private final MonthSeal seal;

	MonthlyFacts(JdbcClient jdbc, MonthSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	/** When the first case of the layer (of any layer when null) was reported. */
	Optional<Instant> firstReport(String layer) {
		String sql = layer != null ? "SELECT min(reported_at) FROM analysis_report WHERE layer = :layer" : """
				WITH RECURSIVE layers AS (
				  SELECT min(layer) AS layer FROM analysis_report
				  UNION ALL
				  SELECT (SELECT min(r.layer) FROM analysis_report r WHERE r.layer > l.layer) FROM layers l
				  WHERE l.layer IS NOT NULL)
				SELECT min((SELECT min(r.reported_at) FROM analysis_report r WHERE r.layer = l.layer)) FROM layers l
				WHERE l.layer IS NOT NULL""";
		return jdbc.sql(sql).param("layer", layer).query(Timestamp.class).list().stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** Cases reported per month from {@code from} up to but not including {@code to}. */
	Map<YearMonth, Integer> reported(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		Map<YearMonth, Integer> counts = new HashMap<>();
		YearMonth split = split(from, to, zone);
		sealed(filter, from, split, "sum(reported)",
				(month, rs) -> counts.put(month, rs.getInt(2)));
		if (split.isBefore(to)) {
			jdbc.sql("""
					SELECT width_bucket(reported_at, CAST(:bounds AS timestamptz[])) AS month, count(*) AS n
					FROM analysis_report WHERE reported_at >= :from AND reported_at < :to AND %s GROUP BY 1"""
				.formatted(WHERE))
				.params(params(filter, split, to, zone))
				.query((rs, row) -> counts.put(split.plusMonths(rs.getInt(1) - 1), rs.getInt(2)))
				.list();
		}
		return counts;
	}

	/** Callback answers per month from {@code from} up to but not including {@code to}. */
	Map<YearMonth, OpinionMonth> answers(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		Map<YearMonth, OpinionMonth> months = new HashMap<>();
		YearMonth split = split(from, to, zone);
		sealed(filter, from, split, "sum(satisfied) + sum(dissatisfied), sum(satisfied), sum(dissatisfied)",
				(month, rs) -> months.put(month, opinion(month, rs)));
		if (split.isBefore(to)) {
			jdbc.sql("""
					SELECT width_bucket(evaluated_at, CAST(:bounds AS timestamptz[])) AS month, count(*) AS n,
					  count(*) FILTER (WHERE satisfaction <> 'DISSATISFIED') AS satisfied,
					  count(*) FILTER (WHERE satisfaction = 'DISSATISFIED') AS dissatisfied
					FROM analysis_report
					WHERE evaluated_at >= :from AND evaluated_at < :to AND %s GROUP BY 1""".formatted(WHERE))
				.params(params(filter, split, to, zone))
				.query((rs, row) -> {
					YearMonth month = split.plusMonths(rs.getInt(1) - 1);
					return months.put(month, opinion(month, rs));
				})
				.list();
		}
		return months;
	}

	private static OpinionMonth opinion(YearMonth month, ResultSet rs) throws SQLException {
		return new OpinionMonth(month.toString(), rs.getInt(2), rs.getInt(3), rs.getInt(4), null);
	}

	/** The first month in [from, to] that is not sealed in {@code zone}: the months before it are counted. */
	private YearMonth split(YearMonth from, YearMonth to, ZoneId zone) {
		YearMonth open = seal.sealed().map(s -> s.firstOpen(zone)).orElse(null);
		if (open == null || open.isBefore(from)) {
			return from;
		}
		return open.isAfter(to) ? to : open;
	}

	private interface MonthRow {
		void put(YearMonth month, ResultSet rs) throws SQLException;
	}

	/** Reads the sealed counts of the months in [from, to), from the counts per grid or, for every grid, per layer. */
	private void sealed(Filter filter, YearMonth from, YearMonth to, String sums, MonthRow row) {
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

	private static final String WHERE = """
			(CAST(:layer AS text) IS NULL OR layer = :layer)
			  AND (CAST(:category AS text) IS NULL OR minor_code = :category)
			  AND (CAST(:all AS boolean) OR grid = ANY (:grids))""";

	private static Map<String, Object> params(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		Map<String, Object> params = new HashMap<>();
		List<String> bounds = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			bounds.add(month.atDay(1).atStartOfDay(zone).toInstant().toString());
		}
		params.put("bounds", bounds.toArray(String[]::new));
		params.put("from", Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant()));
		params.put("to", Timestamp.from(to.atDay(1).atStartOfDay(zone).toInstant()));
		params.put("layer", filter.layer());
		params.put("category", filter.category());
		params.put("all", filter.grids() == null);
		params.put("grids", (filter.grids() == null ? List.<String>of() : filter.grids()).toArray(String[]::new));
		return params;
	}
}
