package org.onegrid.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.onegrid.catalogue.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the lights of a batch of due cases in one statement: it takes the due cases oldest first, skipping those
 * another instance holds (so several instances share a burst and never warn twice), changes each case's light, its
 * next due time, its version and its stored clock, and appends the timeline entry, all at once. The light is the
 * clock's colour, not a lifecycle state: no state changes here, so the aggregate's transitions are not bypassed,
 * and a set of lights that turned at one instant costs one round trip instead of one per case.
 */
@Component
class LightBatch {

	private static final String SQL = """
			WITH due AS (
			    SELECT id FROM cases WHERE next_light_at <= :now ORDER BY next_light_at LIMIT :limit
			    FOR UPDATE SKIP LOCKED
			), turned AS (
			    UPDATE cases c
			    SET light = CASE WHEN c.deadline <= :now THEN 'RED' ELSE 'YELLOW' END,
			        next_light_at = CASE WHEN c.deadline <= :now THEN NULL ELSE c.deadline END,
			        version = c.version + 1,
			        updated_at = :now,
			        data = jsonb_set(jsonb_set(c.data::jsonb, '{clock,light}',
			                   to_jsonb(CASE WHEN c.deadline <= :now THEN 'RED' ELSE 'YELLOW' END)),
			               '{timelineSize}', to_jsonb((c.data::jsonb ->> 'timelineSize')::int + 1))
			    FROM due
			    WHERE c.id = due.id
			    RETURNING c.id, c.state, c.light, c.deadline, c.handling_grid, c.departments[1] AS lead,
			        (c.data::jsonb ->> 'timelineSize')::int AS seq, c.data::jsonb -> 'clock' ->> 'stage' AS stage
			), entries AS (
			    INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, details)
			    SELECT id, seq, CASE light WHEN 'RED' THEN 'light-red' ELSE 'light-yellow' END, state, state,
			        :actor, :actor, :now,
			        jsonb_build_object('stage', stage, 'deadline',
			            to_char(deadline AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
			    FROM turned
			)
			SELECT t.id, t.light, t.deadline, t.stage, t.handling_grid, t.lead, r.report::jsonb ->> 'primaryLayer' AS layer
			FROM turned t JOIN case_report r ON r.id = t.id
			""";

	private final JdbcClient jdbc;

	LightBatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Turns at most {@code limit} due lights as of {@code now}, inside the caller's transaction. */
	List<CaseLightChanged> turn(Instant now, int limit) {
		return jdbc.sql(SQL)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("actor", Actor.SYSTEM.id())
			.query((rs, row) -> new CaseLightChanged(rs.getLong("id"), Stage.valueOf(rs.getString("stage")),
					Light.valueOf(rs.getString("light")), rs.getTimestamp("deadline").toInstant(), rs.getString("layer"),
					rs.getString("handling_grid"), rs.getString("lead")))
			.list();
	}
}
