package org.onegrid.cases;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The two statements that store cases, each for a whole batch at once: the case rows and their timeline entries,
 * given as one JSON array of {@link Row}s, so that a batch is one statement and one round trip. Each returns the ids
 * of the cases it wrote; a case missing from them was not written: its request id was taken (insert) or its
 * version had moved on (update).
 */
final class CaseStatements {

	/**
	 * Makes the statements find their cases by key, however small the planner thinks the table is. Without it a
	 * young table (few rows in its statistics, many dead versions of them) is read whole for every batch.
	 */
	static final String BY_KEY = "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; "
			+ "SET LOCAL enable_mergejoin = off";

	/** Restores the planner's settings for the rest of the transaction. */
	static final String DEFAULT_PLANS = "RESET enable_seqscan; RESET enable_hashjoin; RESET enable_mergejoin";

	private static final String INPUT = """
			WITH input AS (
			  SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS r(id bigint, version int, state text, light text,
			    next_light_at timestamptz, deadline timestamptz, handling_grid text, departments text[],
			    is_open boolean, closed_at timestamptz, updated_at timestamptz, data jsonb, kind text,
			    minor_code text, urgency text, tier text, entries jsonb, request_id text, request_hash text,
			    channel text, grid_keys text[], lon float8, lat float8, reported_at timestamptz, reported_by text)),
			""";

	private static final String ENTRIES = """
			timeline AS (
			  INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
			    attachments, details)
			  SELECT i.id, e.seq, e.action, e."from", e."to", e.actor, e.role, e.at, e.note,
			    coalesce(e.attachments, '[]'), coalesce(e.details, '{}')
			  FROM written w JOIN input i ON i.id = w.id,
			    jsonb_to_recordset(i.entries) AS e(seq int, action text, "from" text, "to" text, actor text,
			      role text, at timestamptz, note text, attachments jsonb, details jsonb))
			SELECT id FROM written
			""";

	static final String INSERT = INPUT + """
			written AS (
			  INSERT INTO cases (id, version, state, light, next_light_at, deadline, handling_grid, departments,
			    is_open, closed_at, updated_at, data, kind, minor_code, urgency, tier, request_id, request_hash,
			    channel, grid_keys, lon, lat, reported_at, reported_by)
			  SELECT id, 1, state, light, next_light_at, deadline, handling_grid, departments, is_open, closed_at,
			    updated_at, data, kind, minor_code, urgency, tier, request_id, request_hash, channel, grid_keys, lon,
			    lat, reported_at, reported_by
			  FROM input
			  ON CONFLICT (request_id) DO NOTHING
			  RETURNING id),
			""" + ENTRIES;

	static final String UPDATE = INPUT + """
			written AS (
			  UPDATE cases c SET version = c.version + 1, state = i.state, light = i.light,
			    next_light_at = i.next_light_at, deadline = i.deadline, handling_grid = i.handling_grid,
			    departments = i.departments, is_open = i.is_open, closed_at = i.closed_at, updated_at = i.updated_at,
			    data = i.data, kind = i.kind, minor_code = i.minor_code, urgency = i.urgency, tier = i.tier
			  FROM input i
			  WHERE c.id = i.id AND c.version = i.version
			  RETURNING c.id),
			""" + ENTRIES;

	private CaseStatements() {
	}

	/**
	 * One case as the statements take it: the columns a step may change, those written only with a new case, and
	 * the stored {@code data} and new timeline entries as they are, already JSON.
	 */
	record Row(long id, int version, String state, String light, Instant nextLightAt, Instant deadline,
			String handlingGrid, List<String> departments, boolean isOpen, Instant closedAt, Instant updatedAt,
			@JsonRawValue String data, String kind, String minorCode, String urgency, String tier,
			@JsonRawValue String entries, String requestId, String requestHash, String channel, List<String> gridKeys,
			Double lon, Double lat, Instant reportedAt, String reportedBy) {
	}

	/** The row of one write; the columns of a new case only when it is one. */
	static Row row(CaseWrite write) {
		Case c = write.c;
		boolean fresh = write.isNew();
		return new Row(c.id, c.version, c.state.name(), c.clock == null ? null : c.clock.light().name(),
				c.clock == null ? null : c.clock.nextLightAt(), c.clock == null ? null : c.clock.deadline(),
				c.handlingGrid, c.departments(), c.state.isOpen(), c.closedAt,
				c.newEntries.get(c.newEntries.size() - 1).at(), write.data, c.kind.name(), c.minorCode,
				c.urgency.name(), c.tier.name(), write.entries, fresh ? write.requestId : null,
				fresh ? write.requestHash : null, fresh ? c.channel.name() : null, fresh ? Cases.gridKeys(c) : null,
				fresh ? c.lon : null, fresh ? c.lat : null, fresh ? c.reportedAt : null,
				fresh ? c.reportedBy : null);
	}
}
