-- A case is stored in two rows: what the report fixed at intake (channel, place, grid trails, reporter, text,
-- attachments) in case_report, written once, and what the steps change in cases, rewritten at every step. A step
-- then rewrites a row of a few hundred bytes instead of two kilobytes, and adds entries only to the indexes of what
-- it can change: the trail keys, reporting time and reporter are indexed once, at intake. The place and reporting
-- time stay on cases as well, unindexed but for duplicate detection, so that it reads one table.
CREATE TABLE case_report (
    id           bigint PRIMARY KEY,
    request_id   text UNIQUE,
    request_hash text,
    channel      text             NOT NULL,
    grid_keys    text[]           NOT NULL,
    lon          double precision NOT NULL,
    lat          double precision NOT NULL,
    reported_at  timestamptz      NOT NULL,
    reported_by  text,
    report       jsonb            NOT NULL
);

INSERT INTO case_report (id, request_id, request_hash, channel, grid_keys, lon, lat, reported_at, reported_by,
    report)
SELECT id, request_id, request_hash, channel, grid_keys, lon, lat, reported_at, reported_by,
    (SELECT coalesce(jsonb_object_agg(key, value), '{}') FROM jsonb_each(data)
     WHERE key IN ('channel', 'channelDetails', 'reporter', 'reportedBy', 'areaClass', 'description', 'address',
         'lon', 'lat', 'attachments', 'trails', 'primaryLayer', 'duplicateCandidates', 'selfHandled',
         'reportedAt'))
FROM cases;

UPDATE cases SET data = data - ARRAY['channel', 'channelDetails', 'reporter', 'reportedBy', 'areaClass',
    'description', 'address', 'lon', 'lat', 'attachments', 'trails', 'primaryLayer', 'duplicateCandidates',
    'selfHandled', 'reportedAt'];

ALTER TABLE cases
    DROP COLUMN request_id,
    DROP COLUMN request_hash,
    DROP COLUMN channel,
    DROP COLUMN grid_keys,
    DROP COLUMN reported_by,
    ADD FOREIGN KEY (id) REFERENCES case_report (id);

CREATE INDEX case_report_reported ON case_report (reported_at DESC, id DESC);
CREATE INDEX case_report_grid_keys ON case_report USING gin (grid_keys);
CREATE INDEX case_report_reported_by ON case_report (reported_by);

-- Searching reads both as one, with the reporting time of case_report, whose index orders the pages.
CREATE VIEW case_row AS
SELECT c.id, c.version, c.state, c.kind, c.minor_code, c.urgency, c.tier, c.light, c.next_light_at, c.deadline,
    c.handling_grid, c.departments, c.lon, c.lat, c.is_open, c.closed_at, c.updated_at, c.data, r.request_id,
    r.channel, r.grid_keys, r.reported_at, r.reported_by, r.report
FROM cases c JOIN case_report r ON r.id = c.id;

-- The statement that stores cases, a whole batch of them at once (see CaseStatements and CaseWriter): new cases
-- (those with a request hash) are inserted into both tables unless their request id is taken, changed ones are
-- updated only if their version is still the one read, and the timeline entries of every case written are appended.
-- It lives in a function so that its plan is made once per connection, with sequential scans and hash and merge
-- joins off: on a young table, whose statistics still say it is small while it fills with row versions, the planner
-- would otherwise read the whole table for every batch instead of finding each case by its key.
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
        channel text, grid_keys text[], lon float8, lat float8, reported_at timestamptz, reported_by text,
        report jsonb)),
    reported AS (
      INSERT INTO case_report (id, request_id, request_hash, channel, grid_keys, lon, lat, reported_at,
        reported_by, report)
      SELECT id, request_id, request_hash, channel, grid_keys, lon, lat, reported_at, reported_by, report
      FROM input
      WHERE request_hash IS NOT NULL
      ON CONFLICT (request_id) DO NOTHING
      RETURNING id),
    inserted AS (
      INSERT INTO cases (id, version, state, light, next_light_at, deadline, handling_grid, departments,
        is_open, closed_at, updated_at, data, kind, minor_code, urgency, tier, lon, lat, reported_at)
      SELECT i.id, 1, i.state, i.light, i.next_light_at, i.deadline, i.handling_grid, i.departments, i.is_open,
        i.closed_at, i.updated_at, i.data, i.kind, i.minor_code, i.urgency, i.tier, i.lon, i.lat, i.reported_at
      FROM reported w JOIN input i ON i.id = w.id
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
