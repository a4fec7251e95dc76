package org.onegrid.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cases behind a worker's or an operator's figures, by the same rules that count them. */
@Component
class CaseLines {

	private final JdbcClient jdbc;

	CaseLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseLine> of(ObjectType type, String username, Instant start, Instant end, Instant asOf) {
		return switch (type) {
			case WORKER -> worker(username, start, end, asOf);
			case OPERATOR -> operator(username, start, end, asOf);
			default -> List.of();
		};
	}

	private List<CaseLine> worker(String username, Instant start, Instant end, Instant asOf) {
		return jdbc.sql("""
				WITH r AS (
				  SELECT c.case_id, c.self_handled, c.channel, c.reported_by,
				    EXISTS (SELECT 1 FROM assessment_step x WHERE x.case_id = c.case_id AND x.at < :asOf
				      AND (x.step = 'REJECT' OR (x.step = 'VERIFY' AND NOT x.passed))) AS rejected,
				    EXISTS (SELECT 1 FROM assessment_step x WHERE x.case_id = c.case_id AND x.at < :asOf
				      AND x.step = 'VOID') AS voided
				  FROM assessment_case c
				  WHERE c.reported_at >= :start AND c.reported_at < :end AND c.reported_at < :asOf)
				SELECT 'validReports' AS indicator, case_id, NOT (rejected OR voided) AS counted,
				  CASE WHEN rejected THEN 'REJECTED' WHEN voided THEN 'VOIDED' END AS reason
				FROM r WHERE channel = 'PATROL' AND reported_by = :username
				UNION ALL
				SELECT 'selfHandled', case_id, true, NULL
				FROM r WHERE channel = 'PATROL' AND reported_by = :username AND self_handled
				UNION ALL
				SELECT CASE s.step WHEN 'VERIFY' THEN 'onTimeVerifications' ELSE 'onTimeChecks' END, s.case_id,
				  s.stage_deadline IS NULL OR s.at <= s.stage_deadline,
				  CASE WHEN s.at > s.stage_deadline THEN 'LATE' END
				FROM assessment_step s
				WHERE s.actor = :username AND s.step IN ('VERIFY', 'CHECK')
				  AND s.at >= :start AND s.at < :end AND s.at < :asOf
				UNION ALL
				SELECT 'missed', r.case_id, NOT (rejected OR voided),
				  CASE WHEN rejected THEN 'REJECTED' WHEN voided THEN 'VOIDED' ELSE r.channel END
				FROM r JOIN assessment_watch w ON w.case_id = r.case_id AND w.username = :username
				ORDER BY 1, 2
				""")
			.param("username", username)
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> new CaseLine(rs.getString(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4)))
			.list();
	}

	private List<CaseLine> operator(String username, Instant start, Instant end, Instant asOf) {
		List<CaseLine> lines = new ArrayList<>();
		jdbc.sql(OperatorIndicators.JUDGED + """
				SELECT step, case_id, on_time, voided, returned FROM judged WHERE username = :username
				ORDER BY case_id, seq
				""")
			.param("username", username)
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> {
				long caseId = rs.getLong("case_id");
				boolean onTime = rs.getBoolean("on_time");
				String late = onTime ? null : "LATE";
				switch (rs.getString("step")) {
					case "ACCEPT" -> lines.add(new CaseLine("onTimeAccepted", caseId, onTime, late));
					case "FILE" -> {
						lines.add(new CaseLine("onTimeFiled", caseId, onTime, late));
						boolean voided = rs.getBoolean("voided");
						lines.add(new CaseLine("accurateFiled", caseId, !voided, voided ? "VOIDED" : null));
					}
					default -> {
						lines.add(new CaseLine("onTimeDispatched", caseId, onTime, late));
						boolean returned = rs.getBoolean("returned");
						lines.add(new CaseLine("accurateDispatched", caseId, !returned, returned ? "RETURNED" : null));
					}
				}
				return caseId;
			})
			.list();
		lines.sort((a, b) -> a.indicator().equals(b.indicator()) ? Long.compare(a.caseId(), b.caseId())
				: a.indicator().compareTo(b.indicator()));
		return lines;
	}
}
