package org.onegrid.assessment;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per dispatch with what became of it (returned, voided, handled and whether on time, reworked, postponed and
 * to when, closed, evaluated), each with when it happened, so that a period's department figures as of any instant
 * are one range read over the period's dispatches instead of a look at every dispatched case's steps. A case's rows
 * are derived afresh from its facts whenever a step that bears on them is stored, in the same transaction, so they
 * never drift from the facts, whatever order the steps arrive in; {@link #rebuild} derives them all again. Both use
 * the database function {@code assessment_dispatch_of}, the one definition of a case's rows. A case's steps happen
 * in the order of its timeline, so the first of a kind by place is also the first in time. The assisting
 * assignments a dispatch names are settled the same way: when their case was voided, and when the lead sent it back
 * or up after them.
 */
@Repository
class DispatchRollup {

	/** The steps whose facts a dispatch's row is derived from. */
	static final Set<String> STEPS = Set.of("DISPATCH", "RETURN", "ESCALATE", "HANDLE", "REWORK", "POSTPONE", "CLOSE",
			"VOID", "EVALUATE");

	/** The steps that settle the assisting assignments a dispatch named. */
	static final Set<String> SETTLING = Set.of("RETURN", "ESCALATE", "VOID");

	/** The first key of the per-case lock, the second being the case's id (its low 32 bits). */
	private static final int LOCK_CLASS = 0x0A55D15;

	/**
	 * Settles assisting assignments: when their case was first voided, and when the lead first sent it back or up
	 * after the assignment, from the case's facts.
	 */
	private static final String SETTLE_ASSISTS = """
			UPDATE assessment_assist a SET
			  voided_at = (SELECT min(v.at) FROM assessment_step v WHERE v.case_id = a.case_id AND v.step = 'VOID'),
			  withdrawn_at = (SELECT min(r.at) FROM assessment_step r
			    WHERE r.case_id = a.case_id AND r.seq > a.seq AND r.step IN ('RETURN', 'ESCALATE'))
			""";

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
		lock(caseId);
		jdbc.sql("DELETE FROM assessment_dispatch WHERE case_id = :caseId").param("caseId", caseId).update();
		jdbc.sql("INSERT INTO assessment_dispatch SELECT * FROM assessment_dispatch_of(:caseId)")
			.param("caseId", caseId)
			.update();
	}

	/** Settles the case's assisting assignments afresh from its facts, under the case's lock. */
	void settleAssists(long caseId) {
		lock(caseId);
		jdbc.sql(SETTLE_ASSISTS + " WHERE a.case_id = :caseId").param("caseId", caseId).update();
	}

	private void lock(long caseId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, :caseId)")
			.param("lockClass", LOCK_CLASS)
			.param("caseId", (int) caseId)
			.query((rs, row) -> 1)
			.list();
	}

	/**
	 * Derives every dispatch row afresh from the facts; gives the number of rows. Refreshes of single cases wait
	 * until it has committed, and then see its rows.
	 */
	int rebuild() {
		jdbc.sql("LOCK TABLE assessment_dispatch, assessment_assist IN SHARE ROW EXCLUSIVE MODE").update();
		jdbc.sql("DELETE FROM assessment_dispatch").update();
		jdbc.sql(SETTLE_ASSISTS).update();
		return jdbc.sql("""
				INSERT INTO assessment_dispatch
				SELECT f.* FROM (SELECT DISTINCT case_id FROM assessment_step WHERE step = 'DISPATCH') c
				CROSS JOIN LATERAL assessment_dispatch_of(c.case_id) f
				""").update();
	}
}
