package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake operators', shift leaders' and dispatchers' indicators for a period, one row per account that accepted,
 * filed or dispatched a case in it: how many of those steps came within the limit of their stage, how many filings
 * stood (the case was not voided later) and how many dispatches stood (the department did not send the case back).
 */
@Component
class OperatorIndicators {

	/** Each accept, file and dispatch step of the period with whether it was on time and whether it stood. */
	static final String JUDGED = """
			WITH steps AS (
			  SELECT s.case_id, s.seq, s.actor AS username, s.step, s.department,
			    s.stage_deadline IS NULL OR s.at <= s.stage_deadline AS on_time
			  FROM assessment_step s
			  WHERE s.step IN ('ACCEPT', 'FILE', 'DISPATCH') AND s.actor IS NOT NULL AND s.actor <> 'system'
			    AND s.at >= :start AND s.at < :end AND s.at < :asOf),
			judged AS (
			  SELECT st.*,
			    st.step = 'FILE' AND EXISTS (SELECT 1 FROM assessment_step v WHERE v.case_id = st.case_id
			      AND v.step = 'VOID' AND v.at < :asOf) AS voided,
			    st.step = 'DISPATCH' AND EXISTS (SELECT 1 FROM assessment_step r WHERE r.case_id = st.case_id
			      AND r.step = 'RETURN' AND r.seq > st.seq AND r.at < :asOf
			      AND r.department IS NOT DISTINCT FROM st.department
			      AND NOT EXISTS (SELECT 1 FROM assessment_step d WHERE d.case_id = st.case_id
			        AND d.step = 'DISPATCH' AND d.seq > st.seq AND d.seq < r.seq)) AS returned
			  FROM steps st)
			""";

	private final JdbcClient jdbc;

	OperatorIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Figures> of(Instant start, Instant end, Instant asOf) {
		return jdbc.sql(JUDGED + """
				SELECT username,
				  count(*) FILTER (WHERE step = 'ACCEPT') AS accepted,
				  count(*) FILTER (WHERE step = 'ACCEPT' AND on_time) AS accepted_on_time,
				  count(*) FILTER (WHERE step = 'FILE') AS filed,
				  count(*) FILTER (WHERE step = 'FILE' AND on_time) AS filed_on_time,
				  count(*) FILTER (WHERE step = 'FILE' AND NOT voided) AS filed_accurately,
				  count(*) FILTER (WHERE step = 'DISPATCH') AS dispatched,
				  count(*) FILTER (WHERE step = 'DISPATCH' AND on_time) AS dispatched_on_time,
				  count(*) FILTER (WHERE step = 'DISPATCH' AND NOT returned) AS dispatched_accurately
				FROM judged
				GROUP BY username
				ORDER BY username
				""")
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> {
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				put(values, "accepted", rs.getLong("accepted"), "onTimeAccepted", rs.getLong("accepted_on_time"),
						"onTimeAcceptRate");
				put(values, "filed", rs.getLong("filed"), "onTimeFiled", rs.getLong("filed_on_time"),
						"onTimeFileRate");
				values.put("accurateFiled", BigDecimal.valueOf(rs.getLong("filed_accurately")));
				values.put("accurateFilingRate", Figures.rate(rs.getLong("filed_accurately"), rs.getLong("filed")));
				put(values, "dispatched", rs.getLong("dispatched"), "onTimeDispatched",
						rs.getLong("dispatched_on_time"), "onTimeDispatchRate");
				values.put("accurateDispatched", BigDecimal.valueOf(rs.getLong("dispatched_accurately")));
				values.put("accurateDispatchRate",
						Figures.rate(rs.getLong("dispatched_accurately"), rs.getLong("dispatched")));
				return new Figures(rs.getString("username"), values);
			})
			.list();
	}

	private static void put(Map<String, BigDecimal> values, String total, long all, String part, long some,
			String rate) {
		values.put(total, BigDecimal.valueOf(all));
		values.put(part, BigDecimal.valueOf(some));
		values.put(rate, Figures.rate(some, all));
	}
}
