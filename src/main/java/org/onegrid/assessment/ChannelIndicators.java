package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Channels' indicators for a period (12345, 110 diversion, patrol, the citizen app…): how many cases came in on
 * each, how many of those were answered (closed) within their limit, and how satisfied the callers said they were on
 * callback (回访), by the period's end or now, whichever is earlier. Voided cases count as volume but not as owed a
 * reply.
 */
@Component
class ChannelIndicators {

	private final JdbcClient jdbc;

	ChannelIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Figures> of(Instant start, Instant end, Instant asOf) {
		return jdbc.sql("""
				WITH reported AS (
				  SELECT COALESCE(c.source, c.channel) AS channel,
				    EXISTS (SELECT 1 FROM assessment_step v WHERE v.case_id = c.case_id AND v.step = 'VOID'
				      AND v.at < :asOf) AS voided,
				    (SELECT s.on_time FROM assessment_step s WHERE s.case_id = c.case_id AND s.step = 'CLOSE'
				      AND s.at < :asOf ORDER BY s.seq DESC LIMIT 1) AS closed_on_time,
				    (SELECT e.satisfied FROM assessment_step e WHERE e.case_id = c.case_id AND e.step = 'EVALUATE'
				      AND e.at < :asOf ORDER BY e.seq DESC LIMIT 1) AS satisfied
				  FROM assessment_case c
				  WHERE c.reported_at >= :start AND c.reported_at < :end AND c.reported_at < :asOf)
				SELECT channel,
				  count(*) AS reported,
				  count(*) FILTER (WHERE NOT voided) AS owed,
				  count(closed_on_time) FILTER (WHERE NOT voided) AS closed,
				  count(*) FILTER (WHERE closed_on_time AND NOT voided) AS closed_on_time,
				  count(satisfied) AS evaluated,
				  count(*) FILTER (WHERE satisfied) AS satisfied
				FROM reported
				GROUP BY channel
				ORDER BY channel
				""")
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> figures(rs.getString("channel"), rs.getLong("reported"), rs.getLong("owed"),
					rs.getLong("closed"), rs.getLong("closed_on_time"), rs.getLong("evaluated"),
					rs.getLong("satisfied")))
			.list();
	}

	private static Figures figures(String channel, long reported, long owed, long closed, long closedOnTime,
			long evaluated, long satisfied) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("reported", BigDecimal.valueOf(reported));
		values.put("closed", BigDecimal.valueOf(closed));
		values.put("onTimeReplied", BigDecimal.valueOf(closedOnTime));
		values.put("onTimeReplyRate", Figures.rate(closedOnTime, owed));
		values.put("evaluated", BigDecimal.valueOf(evaluated));
		values.put("satisfied", BigDecimal.valueOf(satisfied));
		values.put("satisfactionRate", Figures.rate(satisfied, evaluated));
		return new Figures(channel, values);
	}
}
