-- The statement that stores cases, a whole batch of them at once (see CaseStatements and CaseWriter): new cases
-- (those with a request hash) are inserted unless their request id is taken, changed ones are updated only if their
-- version is still the one read, and the timeline entries of every case written are appended. It lives in a
-- function so that its plan is made once per connection, with sequential scans and hash and merge joins off: on a
-- young table, whose statistics still say it is small while it fills with row versions, the planner would otherwise
-- read the whole table for every batch instead of finding each case by its key.
CREATE FUNCTION case_store(batch jsonb) RETURNS SETOF bigint LANGUAGE plpgsql
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
    SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN QUERY
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(batch) AS r(id bigint, version int, state text, light text,
        next_light_at timestamptz, deadline timestamptz, handling_grid text, departments text[],
        is_open boolean, closed_at timestamptz, updated_at timestamptz, data jsonb, kind text,
        minor_code text, urgency text, tier text, entries jsonb, request_id text, request_hash text,
        channel text, grid_keys text[], lon float8, lat float8, reported_at timestamptz, reported_by text)),
    inserted AS (
      INSERT INTO cases (id, version, state, light, next_light_at, deadline, handling_grid, departments,
        is_open, closed_at, updated_at, data, kind, minor_code, urgency, tier, request_id, request_hash,
        channel, grid_keys, lon, lat, reported_at, reported_by)
      SELECT id, 1, state, light, next_light_at, deadline, handling_grid, departments, is_open, closed_at,
        updated_at, data, kind, minor_code, urgency, tier, request_id, request_hash, channel, grid_keys, lon,
        lat, reported_at, reported_by
      FROM input
      WHERE request_hash IS NOT NULL
      ON CONFLICT (request_id) DO NOTHING
      RETURNING id),
    updated AS (
      UPDATE cases c SET version = c.version + 1, state = i.state, light = i.light,
        next_light_at = i.next_light_at, deadline = i.deadline, handling_grid = i.handling_grid,
        departments = i.departments, is_open = i.is_open, closed_at = i.closed_at, updated_at = i.updated_at,
        data = i.data, kind = i.kind, minor_code = i.minor_code, urgency = i.urgency, tier = i.tier
      FROM input i
      WHERE i.request_hash IS NULL AND c.id = i.id AND c.version = i.version
      RETURNING c.id),
    written AS (
      SELECT id FROM inserted UNION ALL SELECT id FROM updated),
    timeline AS (
      INSERT INTO case_timeline (case_id, seq, action, from_state, to_state, actor, role, at, note,
        attachments, details)
      SELECT i.id, e.seq, e.action, e."from", e."to", e.actor, e.role, e.at, e.note,
        coalesce(e.attachments, '[]'), coalesce(e.details, '{}')
      FROM written w JOIN input i ON i.id = w.id,
        jsonb_to_recordset(i.entries) AS e(seq int, action text, "from" text, "to" text, actor text,
          role text, at timestamptz, note text, attachments jsonb, details jsonb))
    SELECT id FROM written;
END;
$$;
