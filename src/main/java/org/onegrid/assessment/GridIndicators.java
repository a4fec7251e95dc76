package org.onegrid.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onegrid.grid.GridLayers;
import org.onegrid.people.TeamCompleteness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grids' indicators for a period: the cases reported in the period whose handling grid at intake was the grid, how
 * they were found, and what became of them by the period's end or now, whichever is earlier; and, for a grid its
 * layer's team template applies to, how many of the template's places its team leaves empty as it stands when the
 * figures are taken (a closed month keeps them as they stood at its close).
 */
@Component
class GridIndicators {

	private final JdbcClient jdbc;

	private final TeamCompleteness teams;

	private final GridLayers layers;

	GridIndicators(JdbcClient jdbc, TeamCompleteness teams, GridLayers layers) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.layers = layers;
	}

	List<Figures> of(Instant start, Instant end, Instant asOf) {
		Map<String, Integer> vacancies = new HashMap<>();
		layers.list().forEach(layer -> teams.vacancies(layer.code()).forEach(vacancies::putIfAbsent));
		return jdbc.sql("""
				WITH reported AS (
				  SELECT c.grid, c.channel,
				    EXISTS (SELECT 1 FROM assessment_step v WHERE v.case_id = c.case_id AND v.step = 'VOID'
				      AND v.at < :asOf) AS voided,
				    c.self_handled OR EXISTS (SELECT 1 FROM assessment_step f WHERE f.case_id = c.case_id
				      AND f.step = 'FILE' AND f.at < :asOf) AS filed,
				    (SELECT s.on_time FROM assessment_step s WHERE s.case_id = c.case_id AND s.step = 'CLOSE'
				      AND s.at < :asOf) AS closed_on_time
				  FROM assessment_case c
				  WHERE c.reported_at >= :start AND c.reported_at < :end AND c.reported_at < :asOf)
				SELECT grid,
				  count(*) AS reported,
				  count(*) FILTER (WHERE channel = 'PATROL') AS patrol,
				  count(*) FILTER (WHERE channel IN ('CITIZEN', 'HOTLINE_12345', 'HOTLINE_12319',
				    'PROVINCIAL_PLATFORM')) AS citizen,
				  count(*) FILTER (WHERE filed AND NOT voided) AS filed,
				  count(closed_on_time) FILTER (WHERE NOT voided) AS closed,
				  count(*) FILTER (WHERE closed_on_time AND NOT voided) AS closed_on_time
				FROM reported
				GROUP BY grid
				ORDER BY grid
				""")
			.param("start", Facts.utc(start))
			.param("end", Facts.utc(end))
			.param("asOf", Facts.utc(asOf))
			.query((rs, row) -> figures(rs.getString("grid"), rs.getLong("reported"), rs.getLong("patrol"),
					rs.getLong("citizen"), rs.getLong("filed"), rs.getLong("closed"), rs.getLong("closed_on_time"),
					vacancies.get(rs.getString("grid"))))
			.list();
	}

	private static Figures figures(String grid, long reported, long patrol, long citizen, long filed, long closed,
			long closedOnTime, Integer vacancies) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("reported", BigDecimal.valueOf(reported));
		values.put("patrolFound", BigDecimal.valueOf(patrol));
		values.put("discoveryRate", Figures.rate(patrol, reported));
		values.put("citizenReported", BigDecimal.valueOf(citizen));
		values.put("citizenShare", Figures.rate(citizen, reported));
		values.put("filed", BigDecimal.valueOf(filed));
		values.put("closed", BigDecimal.valueOf(closed));
		values.put("closureRate", Figures.rate(closed, filed));
		values.put("onTimeClosed", BigDecimal.valueOf(closedOnTime));
		values.put("onTimeClosureRate", Figures.rate(closedOnTime, filed));
		if (vacancies != null) {
			values.put("teamVacancies", BigDecimal.valueOf(vacancies));
			values.put("teamComplete", vacancies == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		return new Figures(grid, values);
	}
}
