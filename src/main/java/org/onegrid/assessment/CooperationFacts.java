package org.onegrid.assessment;

import org.onegrid.api.SameTransactionListener;
import org.onegrid.cases.CaseAssisted;
import org.onegrid.cases.CaseDispatched;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts of joint handling for the cooperation indicator: every assisting department a dispatch names, and
 * when it fed back its part. Each is stored once however often its event is delivered; a feedback settles the
 * department's latest assignment on the case. A new assignment is settled at once against the case's facts stored
 * so far (a void, a return or an escalation may have been stored before it).
 */
@Component
class CooperationFacts {

	private final JdbcClient jdbc;

	private final DispatchRollup dispatches;

	CooperationFacts(JdbcClient jdbc, DispatchRollup dispatches) {
		this.jdbc = jdbc;
		this.dispatches = dispatches;
	}

	@SameTransactionListener
	void on(CaseDispatched event) {
		for (String department : event.assistingDepartments()) {
			jdbc.sql("""
					INSERT INTO assessment_assist (case_id, seq, department, dispatched_at, deadline)
					VALUES (:caseId, :seq, :department, :at, :deadline)
					ON CONFLICT DO NOTHING
					""")
				.param("caseId", event.caseId())
				.param("seq", event.seq())
				.param("department", department)
				.param("at", Facts.utc(event.dispatchedAt()))
				.param("deadline", Facts.utc(event.deadline()))
				.update();
		}
		if (!event.assistingDepartments().isEmpty()) {
			dispatches.settleAssists(event.caseId());
		}
	}

	@SameTransactionListener
	void on(CaseAssisted event) {
		jdbc.sql("""
				UPDATE assessment_assist SET fed_back_at = :at, on_time = :onTime
				WHERE (case_id, seq, department) = (
				  SELECT case_id, seq, department FROM assessment_assist
				  WHERE case_id = :caseId AND department = :department AND seq < :seq
				  ORDER BY seq DESC LIMIT 1)
				  AND fed_back_at IS NULL
				""")
			.param("at", Facts.utc(event.fedBackAt()))
			.param("onTime", event.onTime())
			.param("caseId", event.caseId())
			.param("department", event.department())
			.param("seq", event.seq())
			.update();
	}
}
