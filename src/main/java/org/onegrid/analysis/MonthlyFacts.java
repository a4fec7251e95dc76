package org.onegrid.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's facts counted by month in the district's zone: cases reported, and callback answers given, in an
 * area (a set of grids of a layer, or every grid) and a category (or all). Each row falls into its month by a search
 * among the months' first instants, worked out here once, rather than by converting every row's time to the zone,
 * which took two and a half times as long over ten million rows. What is already sealed is read from its counts
 * (see {@link MonthSeal}), and only the facts since the seal, today's, from the facts, all in one snapshot, so that
 * a span sealed meanwhile is not counted twice.
 */
@Repository
class MonthlyFacts {

	/** An area and a category; {@code grids} null for every grid, {@code layer} and {@code category} null for all. */
	record Filter(String layer, List<String> grids, String category) {

		/**
		 * The conditions this filter sets, joined by AND ({@code TRUE} when it sets none), their values put into
		 * {@code params}. Only what is asked for is written, so that an area's statement, even planned once for all
		 * its calls, reads its grids' rows through their index rather than the whole layer's.
		 */
		String conditions(Map<String, Object> params) {
			List<String> where = new ArrayList<>();
			if (layer != null) {
				where.add("layer = :layer");
				params.put("layer", layer);
			}
			if (category != null) {
				where.add("minor_code = :category");
				params.put("category", category);
			}
			if (grids != null) {
				where.add("grid = ANY (:grids)");
				params.put("grids", grids.toArray(String[]::new));
			}
			return where.isEmpty() ? "TRUE" : String.join(" AND ", where);
		}
	}

	private final JdbcClient jdbc;

	private final MonthSeal seal;

	private final SealedMonths sealed;

	private final TransactionTemplate snapshot;

	MonthlyFacts(JdbcClient jdbc, MonthSeal seal, SealedMonths sealed, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.sealed = sealed;
		this.snapshot = MonthSeal.snapshot(transactions);
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
		return snapshot.execute(status -> reportedInSnapshot(filter, from, to, zone));
	}

	private Map<YearMonth, Integer> reportedInSnapshot(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		Map<YearMonth, Integer> counts = new HashMap<>();
		Span span = span(from, to, zone);
		if (span.sealed()) {
			sealed.read(filter, from, to, "sum(reported)", (month, rs) -> counts.put(month, rs.getInt(2)));
		}
		if (span.live() != null) {
			YearMonth first = YearMonth.from(span.live().atZone(zone));
			Map<String, Object> params = params(span.live(), to, zone);
			jdbc.sql("""
					SELECT width_bucket(reported_at, CAST(:bounds AS timestamptz[])) AS month, count(*) AS n
					FROM analysis_report WHERE reported_at >= :from AND reported_at < :to AND %s GROUP BY 1"""
				.formatted(filter.conditions(params)))
				.params(params)
				.query((rs, row) -> counts.merge(first.plusMonths(rs.getInt(1) - 1), rs.getInt(2), Integer::sum))
				.list();
		}
		return counts;
	}

	/** Callback answers per month from {@code from} up to but not including {@code to}. */
	Map<YearMonth, OpinionMonth> answers(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		return snapshot.execute(status -> answersInSnapshot(filter, from, to, zone));
	}

	private Map<YearMonth, OpinionMonth> answersInSnapshot(Filter filter, YearMonth from, YearMonth to, ZoneId zone) {
		Map<YearMonth, OpinionMonth> months = new HashMap<>();
		Span span = span(from, to, zone);
		if (span.sealed()) {
			sealed.read(filter, from, to, "sum(satisfied) + sum(dissatisfied), sum(satisfied), sum(dissatisfied)",
					(month, rs) -> months.put(month, opinion(month, rs)));
		}
		if (span.live() != null) {
			YearMonth first = YearMonth.from(span.live().atZone(zone));
			Map<String, Object> params = params(span.live(), to, zone);
			jdbc.sql("""
					SELECT width_bucket(evaluated_at, CAST(:bounds AS timestamptz[])) AS month, count(*) AS n,
					  count(*) FILTER (WHERE satisfaction <> 'DISSATISFIED') AS satisfied,
					  count(*) FILTER (WHERE satisfaction = 'DISSATISFIED') AS dissatisfied
					FROM analysis_report
					WHERE evaluated_at >= :from AND evaluated_at < :to AND %s GROUP BY 1"""
					.formatted(filter.conditions(params)))
				.params(params)
				.query((rs, row) -> {
					YearMonth month = first.plusMonths(rs.getInt(1) - 1);
					return months.merge(month, opinion(month, rs), MonthlyFacts::sum);
				})
				.list();
		}
		return months;
	}

	private static OpinionMonth opinion(YearMonth month, ResultSet rs) throws SQLException {
		return new OpinionMonth(month.toString(), rs.getInt(2), rs.getInt(3), rs.getInt(4), null);
	}

	private static OpinionMonth sum(OpinionMonth a, OpinionMonth b) {
		return new OpinionMonth(a.month(), a.evaluated() + b.evaluated(), a.satisfied() + b.satisfied(),
				a.dissatisfied() + b.dissatisfied(), null);
	}

	/** Whether sealed counts are read, and from when the facts are (null: not at all). */
	private record Span(boolean sealed, Instant live) {
	}

	/** Sealed counts cover every month in [from, to) up to the seal; the facts are read from there on. */
	private Span span(YearMonth from, YearMonth to, ZoneId zone) {
		Instant start = start(from, zone);
		Instant end = start(to, zone);
		Instant until = seal.sealed().map(s -> s.until(zone)).orElse(null);
		if (until == null || !until.isAfter(start)) {
			return new Span(false, start);
		}
		return new Span(true, until.isBefore(end) ? until : null);
	}

	/** The facts' span from {@code from} to {@code to}'s first instant, with the bounds of the months between. */
	private static Map<String, Object> params(Instant from, YearMonth to, ZoneId zone) {
		Map<String, Object> params = new HashMap<>();
		List<String> bounds = new ArrayList<>(List.of(from.toString()));
		for (YearMonth month = YearMonth.from(from.atZone(zone)).plusMonths(1); !month.isAfter(to);
				month = month.plusMonths(1)) {
			bounds.add(start(month, zone).toString());
		}
		params.put("bounds", bounds.toArray(String[]::new));
		params.put("from", Timestamp.from(from));
		params.put("to", Timestamp.from(start(to, zone)));
		return params;
	}

	private static Instant start(YearMonth month, ZoneId zone) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}
}
