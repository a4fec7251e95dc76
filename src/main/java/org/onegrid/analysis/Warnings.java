package org.onegrid.analysis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings found so far with their cases. A warning found again (same rule, grid, category and subject) keeps
 * its id and takes the latest figures and cases.
 */
@Repository
class Warnings {

	private final JdbcClient jdbc;

	Warnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	long save(Warning w) {
		long id = jdbc.sql("""
				INSERT INTO analysis_warning (rule, layer, grid, minor_code, subject, observed, expected, p_value,
				  detected_at)
				VALUES (:rule, :layer, :grid, :minor, :subject, :observed, :expected, :p, :at)
				ON CONFLICT (rule, layer, grid, minor_code, subject) DO UPDATE
				SET observed = excluded.observed, expected = excluded.expected, p_value = excluded.p_value
				RETURNING id
				""")
			.param("rule", w.rule().name())
			.param("layer", w.layer())
			.param("grid", w.grid())
			.param("minor", w.minorCode())
			.param("subject", w.subject())
			.param("observed", w.observed())
			.param("expected", w.expected())
			.param("p", w.pValue())
			.param("at", ReportFacts.utc(w.detectedAt()))
			.query(Long.class)
			.single();
		jdbc.sql("DELETE FROM analysis_warning_case WHERE warning_id = :id").param("id", id).update();
		for (long caseId : w.caseIds()) {
			jdbc.sql("INSERT INTO analysis_warning_case (warning_id, case_id) VALUES (:id, :c)")
				.param("id", id)
				.param("c", caseId)
				.update();
		}
		return id;
	}

	Optional<Warning> find(long id) {
		return query("WHERE w.id = :id", id).stream().findFirst();
	}

	/** The newest warnings first, at most {@code limit}. */
	List<Warning> newest(int limit) {
		return query("ORDER BY w.detected_at DESC, w.id DESC LIMIT " + limit, null);
	}

	boolean markActed(long id, Instant at, String by) {
		return jdbc.sql("UPDATE analysis_warning SET acted_at = :at, acted_by = :by WHERE id = :id")
			.param("at", ReportFacts.utc(at))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	private List<Warning> query(String tail, Long id) {
		var spec = jdbc.sql("""
				SELECT w.*, ARRAY(SELECT c.case_id FROM analysis_warning_case c WHERE c.warning_id = w.id
				  ORDER BY c.case_id) AS cases
				FROM analysis_warning w
				""" + tail);
		if (id != null) {
			spec = spec.param("id", id);
		}
		return spec.query((rs, row) -> new Warning(rs.getLong("id"), Warning.Rule.valueOf(rs.getString("rule")),
				rs.getString("layer"), rs.getString("grid"), rs.getString("minor_code"), rs.getString("subject"),
				rs.getInt("observed"), rs.getDouble("expected"), rs.getDouble("p_value"),
				rs.getObject("detected_at", OffsetDateTime.class).toInstant(),
				instant(rs.getObject("acted_at", OffsetDateTime.class)), rs.getString("acted_by"),
				List.of((Long[]) rs.getArray("cases").getArray()))).list();
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	static List<Long> ids(Collection<ReportFacts.Report> reports) {
		return reports.stream().map(ReportFacts.Report::caseId).sorted().toList();
	}
}
