package org.onegrid.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.assessment.CooperationIndicators.Cooperation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Departments' handling indicators for a period: the cases dispatched to each department in the period and still its
 * own (neither returned, escalated nor voided), and what became of them by the period's end or now, whichever is
 * earlier. The median handling time runs from the dispatch to the close, over the cohort's closed cases. A
 * department that only assisted in the period has a row too, for its cooperation. The figures are read from the
 * {@link DispatchRollup}, one row per dispatch.
 */
@Component
class DepartmentIndicators {

	private static final Cooperation NONE = new Cooperation(0, 0);

	private final JdbcClient jdbc;

	private final CooperationIndicators cooperation;

	DepartmentIndicators(JdbcClient jdbc, CooperationIndicators cooperation) {
		this.jdbc = jdbc;
		this.cooperation = cooperation;
	}

	List<Figures> of(Instant start, Instant end, Instant asOf) {
		Map<String, Cooperation> assisted = new LinkedHashMap<>(cooperation.of(start, end, asOf));
		List<Figures> rows = new ArrayList<>(jdbc.sql("""
				SELECT department,
				  count(*) AS to_handle,
				  count(*) FILTER (WHERE handled) AS handled,
				  count(*) FILTER (WHERE handled AND handled_on_time) AS on_time,
				  count(*) FILTER (WHERE closed_at < :asOf) AS closed,
				  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - at))
				    FILTER (WHERE closed_at < :asOf) AS median_seconds,
				  count(*) FILTER (WHERE reworked_at < :asOf) AS reworked,
				  count(*) FILTER (WHERE postponed_at < :asOf) AS postponed,
				  count(*) FILTER (WHERE NOT handled AND due < :asOf) AS overdue,
				  count(*) FILTER (WHERE evaluated_at < :asOf AND satisfied IS NOT NULL) AS evaluated,
				  count(*) FILTER (WHERE evaluated_at < :asOf AND satisfied) AS satisfied
				FROM (
				  SELECT department, at, closed_at, reworked_at, postponed_at, evaluated_at, satisfied, handled_on_time,
				    COALESCE(handled_at < :asOf AND handled_on_time IS NOT NULL, false) AS handled,
				    CASE WHEN cardinality(postponed_ats) = 0 THEN deadline
				      ELSE COALESCE((SELECT p.deadline FROM unnest(postponed_ats, postponed_deadlines) WITH ORDINALITY
				        AS p(at, deadline, place) WHERE p.at < :asOf ORDER BY p.place DESC LIMIT 1), deadline) END AS due
				  FROM assessment_dispatch
				  WHERE at >= :start AND at < :end AND at < :asOf
				    AND (returned_at IS NULL OR returned_at >= :asOf) AND (voided_at IS NULL OR voided_at >= :asOf)
				) dispatched
				GROUP BY department
				ORDER BY department
				""")
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> figures(rs.getString("department"), rs.getLong("to_handle"), rs.getLong("handled"),
					rs.getLong("on_time"), rs.getLong("closed"), rs.getLong("reworked"), rs.getLong("postponed"),
					rs.getLong("overdue"), rs.getLong("evaluated"), rs.getLong("satisfied"),
					hours(rs.getBigDecimal("median_seconds")), assisted.getOrDefault(rs.getString("department"), NONE)))
			.list());
		rows.forEach(row -> assisted.remove(row.object()));
		assisted.forEach((department, only) -> rows.add(figures(department, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, only)));
		rows.sort(Comparator.comparing(Figures::object));
		return rows;
	}

	private static Figures figures(String department, long toHandle, long handled, long onTime, long closed,
			long reworked, long postponed, long overdue, long evaluated, long satisfied, BigDecimal medianHours,
			Cooperation cooperation) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("toHandle", BigDecimal.valueOf(toHandle));
		values.put("handled", BigDecimal.valueOf(handled));
		values.put("handledRate", Figures.rate(handled, toHandle));
		values.put("onTimeHandled", BigDecimal.valueOf(onTime));
		values.put("onTimeHandledRate", Figures.rate(onTime, toHandle));
		values.put("closed", BigDecimal.valueOf(closed));
		values.put("closureRate", Figures.rate(closed, toHandle));
		values.put("medianHandlingHours", medianHours);
		values.put("reworked", BigDecimal.valueOf(reworked));
		values.put("reworkRate", Figures.rate(reworked, handled));
		values.put("postponed", BigDecimal.valueOf(postponed));
		values.put("postponementRate", Figures.rate(postponed, toHandle));
		values.put("overduePending", BigDecimal.valueOf(overdue));
		values.put("overduePendingRate", Figures.rate(overdue, toHandle));
		values.put("evaluated", BigDecimal.valueOf(evaluated));
		values.put("satisfied", BigDecimal.valueOf(satisfied));
		values.put("satisfactionRate", Figures.rate(satisfied, evaluated));
		values.put("assisting", BigDecimal.valueOf(cooperation.assisting()));
		values.put("assistedOnTime", BigDecimal.valueOf(cooperation.onTime()));
		values.put("cooperationRate", Figures.rate(cooperation.onTime(), cooperation.assisting()));
		return new Figures(department, values);
	}

	/** Seconds as hours to two places, or {@code null} when no case was closed. */
	private static BigDecimal hours(BigDecimal seconds) {
		return seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
	}
}
