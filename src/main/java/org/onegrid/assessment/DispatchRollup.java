package org.onegrid.assessment;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per dispatch with what became of it (returned, voided, handled and whether on time, reworked, postponed and
 * to when, closed, evaluated), each with when it happened, so that a period's department figures as of any instant
 * are one range read over the period's dispatches instead of a look at every dispatched case's steps. A case's rows
 * are derived afresh from its facts whenever a step that bears on them is stored, in the same transaction, so they
 * never drift from the facts, whatever order the steps arrive in; {@link #rebuild} derives them all again. A case's
 * steps happen in the order of its timeline, so the first of a kind by place is also the first in time.
 */
@Repository
class DispatchRollup {

	/** The steps whose facts a dispatch's row is derived from. */
	static final Set<String> STEPS = Set.of("DISPATCH", "RETURN", "ESCALATE", "HANDLE", "REWORK", "POSTPONE", "CLOSE",
			"VOID", "EVALUATE");

	private static final String DERIVE = """
			INSERT INTO assessment_dispatch (case_id, seq, department, at, deadline, returned_at, voided_at, handled_at,
			  handled_on_time, reworked_at, postponed_at, postponed_ats, postponed_deadlines, closed_at, evaluated_at,
			  satisfied)
			SELECT d.case_id, d.seq, d.department, d.at, d.deadline, f.*
			FROM assessment_step d
			CROSS JOIN LATERAL (
			  SELECT min(s.at) FILTER (WHERE s.seq > d.seq AND (s.step = 'RETURN' AND s.department = d.department
			      OR s.step = 'ESCALATE')),
			    min(s.at) FILTER (WHERE s.step = 'VOID'),
			    (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'HANDLE' AND s.department = d.department
			      AND s.seq > d.seq))[1],
			    (array_agg(s.on_time ORDER BY s.seq) FILTER (WHERE s.step = 'HANDLE' AND s.department = d.department
			      AND s.seq > d.seq))[1],
			    min(s.at) FILTER (WHERE s.step = 'REWORK' AND s.department = d.department AND s.seq > d.seq),
			    min(s.at) FILTER (WHERE s.step = 'POSTPONE' AND s.department = d.department AND s.seq > d.seq),
			    COALESCE(array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'POSTPONE'
			      AND s.department = d.department AND s.seq > d.seq), '{}'),
			    COALESCE(array_agg(s.deadline ORDER BY s.seq) FILTER (WHERE s.step = 'POSTPONE'
			      AND s.department = d.department AND s.seq > d.seq), '{}'),
			    (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'CLOSE' AND s.seq > d.seq))[1],
			    (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'EVALUATE' AND s.seq > d.seq))[1],
			    (array_agg(s.satisfied ORDER BY s.seq) FILTER (WHERE s.step = 'EVALUATE' AND s.seq > d.seq))[1]
			  FROM assessment_step s
			  WHERE s.case_id = d.case_id) f
			WHERE d.step = 'DISPATCH'
			""";

	/** The first key of the per-case lock, the second being the case's id (its low 32 bits). */
	private static final int LOCK_CLASS = 0x0A55D15;

	private final JdbcClient jdbc;

	DispatchRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Derives the case's dispatch rows afresh from its facts. Steps of one case may be stored by concurrent
	 * transactions, each blind to the other's new fact; the case's lock, held to the end of the transaction, makes
	 * the later one derive after the earlier has committed, from both facts.
	 */
	void refresh(long caseId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, :caseId)")
			.param("lockClass", LOCK_CLASS)
			.param("caseId", (int) caseId)
			.query((rs, row) -> 1)
			.list();
		jdbc.sql("DELETE FROM assessment_dispatch WHERE case_id = :caseId").param("caseId", caseId).update();
		jdbc.sql(DERIVE + " AND d.case_id = :caseId").param("caseId", caseId).update();
	}

	/**
	 * Derives every dispatch row afresh from the facts; gives the number of rows. Refreshes of single cases wait
	 * until it has committed, and then see its rows.
	 */
	int rebuild() {
		jdbc.sql("LOCK TABLE assessment_dispatch IN SHARE ROW EXCLUSIVE MODE").update();
		jdbc.sql("DELETE FROM assessment_dispatch").update();
		return jdbc.sql(DERIVE).update();
	}
}
