package org.onegrid.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assessment's own record of what happened to cases: where each was reported, and each step that counts,
 * keyed by its place in the case's timeline so that a repeated delivery changes nothing.
 */
@Repository
class Facts {

	private final JdbcClient jdbc;

	Facts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One counted step; {@code onTime}, {@code deadline} and {@code satisfied} only where the step has them. */
	record Step(long caseId, long seq, String step, String department, Instant at, Boolean onTime,
			Instant deadline, Boolean satisfied) {

		Step(long caseId, long seq, String step, String department, Instant at, Boolean onTime, Instant deadline) {
			this(caseId, seq, step, department, at, onTime, deadline, null);
		}
	}

	void reported(long caseId, String grid, String channel, boolean selfHandled, Instant at) {
		jdbc.sql("""
				INSERT INTO assessment_case (case_id, grid, channel, self_handled, reported_at)
				VALUES (:caseId, :grid, :channel, :selfHandled, :at)
				ON CONFLICT (case_id) DO NOTHING
				""")
			.param("caseId", caseId)
			.param("grid", grid)
			.param("channel", channel)
			.param("selfHandled", selfHandled)
			.param("at", utc(at))
			.update();
	}

	void step(Step step) {
		jdbc.sql("""
				INSERT INTO assessment_step (case_id, seq, step, department, at, on_time, deadline, satisfied)
				VALUES (:caseId, :seq, :step, :department, :at, :onTime, :deadline, :satisfied)
				ON CONFLICT (case_id, seq) DO NOTHING
				""")
			.param("caseId", step.caseId())
			.param("seq", step.seq())
			.param("step", step.step())
			.param("department", step.department())
			.param("at", utc(step.at()))
			.param("onTime", step.onTime())
			.param("deadline", utc(step.deadline()))
			.param("satisfied", step.satisfied())
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
