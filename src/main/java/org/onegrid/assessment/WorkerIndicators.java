package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.spotcheck.SpotCheckTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grid workers' and supervisors' indicators for a period, one row per account: what they reported on patrol and how
 * much of it was valid, how soon they verified and checked, what citizens or the hotline reported first in their
 * grids, what they handled on the spot, how often they checked in, how often spot checks found them at their posts,
 * in how many weeks they met their patrol minimums, and the offline part an assessor gave them. A worker whom only
 * spot checks, patrol minimums or an offline score measured has a row too.
 */
@Component
class WorkerIndicators {

	/** Facts of a step or a report that make it not count, as SQL over a case {@code c}. */
	static final String INVALID = """
			EXISTS (SELECT 1 FROM assessment_step x WHERE x.case_id = c.case_id AND x.at < :asOf
			  AND (x.step IN ('REJECT', 'VOID') OR (x.step = 'VERIFY' AND NOT x.passed)))""";

	private final JdbcClient jdbc;

	private final WorkerAttendance attendance;

	private final WorkerSpotChecks spotChecks;

	private final WorkerPatrols patrols;

	private final WorkerOfflineScores offline;

	WorkerIndicators(JdbcClient jdbc, WorkerAttendance attendance, WorkerSpotChecks spotChecks,
			WorkerPatrols patrols, WorkerOfflineScores offline) {
		this.offline = offline;
		this.patrols = patrols;
		this.jdbc = jdbc;
		this.attendance = attendance;
		this.spotChecks = spotChecks;
	}

	List<Figures> of(Instant start, Instant end, Instant asOf) {
		Map<String, Long> persons = attendance.persons();
		Map<Long, SpotCheckTally> tallies = spotChecks.tallies(start, end, asOf);
		Map<Long, WorkerPatrols.Tally> weeks = patrols.tallies(start, end, asOf);
		Map<Long, BigDecimal> assessed = offline.scores(start, end);
		return jdbc.sql("""
				WITH reports AS (
				  SELECT c.reported_by AS username, c.self_handled, %1$s AS invalid
				  FROM assessment_case c
				  WHERE c.channel = 'PATROL' AND c.reported_by IS NOT NULL
				    AND c.reported_at >= :start AND c.reported_at < :end AND c.reported_at < :asOf),
				steps AS (
				  SELECT s.actor AS username, s.step, s.stage_deadline IS NULL OR s.at <= s.stage_deadline AS on_time
				  FROM assessment_step s
				  WHERE s.step IN ('VERIFY', 'CHECK') AND s.actor IS NOT NULL
				    AND s.at >= :start AND s.at < :end AND s.at < :asOf),
				missed AS (
				  SELECT w.username
				  FROM assessment_watch w JOIN assessment_case c ON c.case_id = w.case_id
				  WHERE c.reported_at >= :start AND c.reported_at < :end AND c.reported_at < :asOf AND NOT %1$s),
				people AS (
				  SELECT username FROM reports UNION SELECT username FROM steps UNION SELECT username FROM missed
				  UNION SELECT unnest(CAST(:spotChecked AS text[])) UNION SELECT unnest(CAST(:covered AS text[]))
				  UNION SELECT unnest(CAST(:assessed AS text[]))),
				reported AS (
				  SELECT username, count(*) AS reports, count(*) FILTER (WHERE NOT invalid) AS valid,
				    count(*) FILTER (WHERE self_handled) AS self_handled
				  FROM reports GROUP BY username),
				stepped AS (
				  SELECT username, count(*) FILTER (WHERE step = 'VERIFY') AS verified,
				    count(*) FILTER (WHERE step = 'VERIFY' AND on_time) AS verified_on_time,
				    count(*) FILTER (WHERE step = 'CHECK') AS checked,
				    count(*) FILTER (WHERE step = 'CHECK' AND on_time) AS checked_on_time
				  FROM steps GROUP BY username),
				missing AS (SELECT username, count(*) AS missed FROM missed GROUP BY username)
				SELECT p.username, COALESCE(r.reports, 0) AS reports, COALESCE(r.valid, 0) AS valid,
				  COALESCE(r.self_handled, 0) AS self_handled, COALESCE(s.verified, 0) AS verified,
				  COALESCE(s.verified_on_time, 0) AS verified_on_time, COALESCE(s.checked, 0) AS checked,
				  COALESCE(s.checked_on_time, 0) AS checked_on_time, COALESCE(m.missed, 0) AS missed
				FROM people p
				LEFT JOIN reported r ON r.username = p.username
				LEFT JOIN stepped s ON s.username = p.username
				LEFT JOIN missing m ON m.username = p.username
				WHERE p.username <> 'system'
				ORDER BY p.username
				""".formatted(INVALID))
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.param("spotChecked", spotChecks.checkedAccounts(persons, tallies))
			.param("covered", patrols.coveredAccounts(persons, weeks))
			.param("assessed", offline.assessedAccounts(persons, assessed))
			.query((rs, row) -> {
				String username = rs.getString("username");
				long valid = rs.getLong("valid");
				long missed = rs.getLong("missed");
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				values.put("reports", BigDecimal.valueOf(rs.getLong("reports")));
				values.put("validReports", BigDecimal.valueOf(valid));
				values.put("validRate", Figures.rate(valid, rs.getLong("reports")));
				values.put("verifications", BigDecimal.valueOf(rs.getLong("verified")));
				values.put("onTimeVerifications", BigDecimal.valueOf(rs.getLong("verified_on_time")));
				values.put("onTimeVerificationRate",
						Figures.rate(rs.getLong("verified_on_time"), rs.getLong("verified")));
				values.put("checks", BigDecimal.valueOf(rs.getLong("checked")));
				values.put("onTimeChecks", BigDecimal.valueOf(rs.getLong("checked_on_time")));
				values.put("onTimeCheckRate", Figures.rate(rs.getLong("checked_on_time"), rs.getLong("checked")));
				values.put("missed", BigDecimal.valueOf(missed));
				values.put("missedRate", Figures.rate(missed, missed + valid));
				values.put("selfHandled", BigDecimal.valueOf(rs.getLong("self_handled")));
				return new Figures(username, values);
			})
			.list()
			.stream()
			.map(figures -> attendance.add(figures, persons.get(figures.object()), start, end, asOf))
			.map(figures -> spotChecks.add(figures, persons.get(figures.object()), tallies))
			.map(figures -> patrols.add(figures, persons.get(figures.object()), weeks))
			.map(figures -> offline.add(figures, persons.get(figures.object()), assessed))
			.toList();
	}
}
