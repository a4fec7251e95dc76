package org.onegrid.assessment;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assessment's own record of what happened to cases: where each was reported, and each step that counts,
 * keyed by its place in the case's timeline and its kind (a failed check and its rework share a place) so that a
 * repeated delivery changes nothing. Storing a step that bears on a dispatch refreshes the case's
 * {@link DispatchRollup} rows, and a return, escalation or void settles its assisting assignments, in the same
 * transaction.
 */
@Repository
class Facts {

	private final JdbcClient jdbc;

	private final DispatchRollup dispatches;

	Facts(JdbcClient jdbc, DispatchRollup dispatches) {
		this.jdbc = jdbc;
		this.dispatches = dispatches;
	}

	/**
	 * One counted step; {@code onTime}, {@code deadline} and {@code satisfied} only where the step has them, and
	 * {@code actor}, {@code stageDeadline} (the limit of the stage the step ends) and {@code passed} where a person's
	 * step is assessed.
	 */
	record Step(long caseId, long seq, String step, String department, Instant at, Boolean onTime,
			Instant deadline, Boolean satisfied, String actor, Instant stageDeadline, Boolean passed) {

		Step(long caseId, long seq, String step, String department, Instant at, Boolean onTime, Instant deadline) {
			this(caseId, seq, step, department, at, onTime, deadline, null, null, null, null);
		}

		Step(long caseId, long seq, String step, String department, Instant at, Boolean onTime, Instant deadline,
				Boolean satisfied) {
			this(caseId, seq, step, department, at, onTime, deadline, satisfied, null, null, null);
		}

		/** A person's step, timed against the limit of its stage. */
		static Step byPerson(long caseId, long seq, String step, String actor, Instant at, Instant stageDeadline,
				Boolean passed) {
			return new Step(caseId, seq, step, null, at, null, null, null, actor, stageDeadline, passed);
		}
	}

	/** A reported case; {@code source} is the district's own channel it came in on, if not a built-in one. */
	void reported(long caseId, String grid, String channel, String source, boolean selfHandled, Instant at,
			String reportedBy) {
		jdbc.sql("""
				INSERT INTO assessment_case (case_id, grid, channel, source, self_handled, reported_at, reported_by)
				VALUES (:caseId, :grid, :channel, :source, :selfHandled, :at, :reportedBy)
				ON CONFLICT (case_id) DO NOTHING
				""")
			.param("caseId", caseId)
			.param("grid", grid)
			.param("channel", channel)
			.param("source", source)
			.param("selfHandled", selfHandled)
			.param("at", utc(at))
			.param("reportedBy", reportedBy)
			.update();
	}

	/** Puts the case in {@code grid}; gives its channel, or nothing when the case has no facts. */
	Optional<String> regridded(long caseId, String grid) {
		return jdbc.sql("UPDATE assessment_case SET grid = :grid WHERE case_id = :caseId RETURNING channel")
			.param("grid", grid)
			.param("caseId", caseId)
			.query(String.class)
			.optional();
	}

	/** Forgets who was answerable for having found the case on patrol. */
	void unwatched(long caseId) {
		jdbc.sql("DELETE FROM assessment_watch WHERE case_id = ?").param(caseId).update();
	}

	/** The accounts answerable for having found the case on patrol. */
	void watched(long caseId, Collection<String> usernames) {
		for (String username : usernames) {
			jdbc.sql("""
					INSERT INTO assessment_watch (case_id, username) VALUES (:caseId, :username)
					ON CONFLICT DO NOTHING
					""")
				.param("caseId", caseId)
				.param("username", username)
				.update();
		}
	}

	/**
	 * Records a step. Values that a step may lack carry their SQL type, so that the driver keeps one prepared
	 * statement for every kind of step instead of preparing it anew whenever a value follows a null.
	 */
	void step(Step step) {
		jdbc.sql("""
				INSERT INTO assessment_step (case_id, seq, step, department, at, on_time, deadline, satisfied, actor,
				  stage_deadline, passed)
				VALUES (:caseId, :seq, :step, :department, :at, :onTime, :deadline, :satisfied, :actor,
				  :stageDeadline, :passed)
				ON CONFLICT (case_id, seq, step) DO NOTHING
				""")
			.param("caseId", step.caseId())
			.param("seq", step.seq())
			.param("step", step.step())
			.param("department", step.department(), Types.VARCHAR)
			.param("at", utc(step.at()))
			.param("onTime", step.onTime(), Types.BOOLEAN)
			.param("deadline", utc(step.deadline()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("satisfied", step.satisfied(), Types.BOOLEAN)
			.param("actor", step.actor(), Types.VARCHAR)
			.param("stageDeadline", utc(step.stageDeadline()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("passed", step.passed(), Types.BOOLEAN)
			.update();
		if (DispatchRollup.STEPS.contains(step.step())) {
			dispatches.refresh(step.caseId());
		}
		if (DispatchRollup.SETTLING.contains(step.step())) {
			dispatches.settleAssists(step.caseId());
		}
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
