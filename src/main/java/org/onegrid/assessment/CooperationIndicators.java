package org.onegrid.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each department's part in joint handling over a period (协同配合度): the assisting assignments dispatched to it in
 * the period, and how many it fed back within the handling deadline it shared with the lead, by the period's end or
 * now, whichever is earlier. An assignment the lead returned or escalated before the department fed back, or on a
 * voided case, does not count: the department had no chance to finish it. Each assignment carries when its case
 * was first voided and when the lead first sent it back or up after it, so that a period is one range read.
 */
@Component
class CooperationIndicators {

	/** One department's assisting assignments and those fed back in time. */
	record Cooperation(long assisting, long onTime) {
	}

	private final JdbcClient jdbc;

	CooperationIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Cooperation> of(Instant start, Instant end, Instant asOf) {
		Map<String, Cooperation> byDepartment = new HashMap<>();
		jdbc.sql("""
				SELECT a.department, count(*) AS assisting,
				  count(*) FILTER (WHERE a.on_time AND a.fed_back_at < :asOf) AS on_time
				FROM assessment_assist a
				WHERE a.dispatched_at >= :start AND a.dispatched_at < :end AND a.dispatched_at < :asOf
				  AND (a.voided_at IS NULL OR a.voided_at >= :asOf)
				  AND (a.withdrawn_at IS NULL OR a.withdrawn_at >= :asOf
				    OR a.fed_back_at < :asOf AND a.fed_back_at <= a.withdrawn_at)
				GROUP BY a.department
				""")
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> byDepartment.put(rs.getString("department"),
					new Cooperation(rs.getLong("assisting"), rs.getLong("on_time"))))
			.list();
		return byDepartment;
	}
}
