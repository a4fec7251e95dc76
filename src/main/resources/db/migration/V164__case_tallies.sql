-- Case counts kept in step with every change to a case, so that overview screens answer from a few rows instead of
-- counting cases. Every change to a case adds signed rows (+1 / -1) to case_tally, one per scope key the case
-- counts under and per measure that changed: '*' (the whole district) and every grid of its trails above the leaf.
-- A leaf grid holds too few cases to be worth counting ahead; its key is listed in case_tally_leaf, and a reader
-- scoped to it counts the cases themselves. A periodic pass folds each group's rows into one row.
--
-- The rows are written by triggers on cases, in the transaction that changes the case, so the counts are exact for
-- every committed change, whichever instance or statement made it. Measures:
--   reported  cases by their reporting day (the day of their number) and channel code;
--   category  cases by their reporting day and "kind<US>minor class";
--   closed    cases closed (结案, closed or evaluated, self-handled ones apart) by their closing day;
--   on_time   those of them whose last feedback came within the handling deadline;
--   open, red open cases, and those of them with a red light (day 'infinity': they are counted now, not on a day);
--   open_at, red_at the same by each grid of the case's primary trail, "layer<US>code<US>level name<US>name".

CREATE TABLE case_tally_state (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    zone     text    NOT NULL
);
INSERT INTO case_tally_state (zone) VALUES ('Asia/Shanghai');

CREATE TABLE case_tally (
    id        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope_key text    NOT NULL,
    measure   text    NOT NULL CHECK (measure IN ('reported', 'category', 'closed', 'on_time', 'open', 'red',
                                                  'open_at', 'red_at')),
    day       date    NOT NULL,
    dimension text    NOT NULL,
    n         bigint  NOT NULL,
    folded    boolean NOT NULL DEFAULT false
);
CREATE INDEX case_tally_read ON case_tally (scope_key, measure, day);
CREATE INDEX case_tally_unfolded ON case_tally (id) WHERE NOT folded;

CREATE TABLE case_tally_leaf (
    scope_key text PRIMARY KEY
);

-- The columns of a case that its counts depend on, with the sign of the change: +1 for the case as it is now, -1 for
-- the case as it was.
CREATE TYPE case_tally_change AS (
    id             bigint,
    sign           int,
    is_open        boolean,
    light          text,
    state          text,
    kind           text,
    minor_code     text,
    number_day     date,
    closed_at      timestamptz,
    handled_on_time boolean
);

-- What one case contributes to each measure: one row per measure, day and dimension it counts under. This and the
-- summing below are PL/pgSQL with generic plans, planned once per session rather than at every call (as a SQL
-- function is) or for every array of changes (as a custom plan is); the row counts given to the planner keep a
-- one-case change from looking like a statement worth compiling.
CREATE FUNCTION case_tally_rows(c case_tally_change, report jsonb, channel_code text, zone text)
RETURNS TABLE (measure text, day date, dimension text, n int)
LANGUAGE plpgsql STABLE ROWS 12 SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN QUERY
        SELECT 'reported', c.number_day, channel_code, 1
        UNION ALL
        SELECT 'category', c.number_day, coalesce(c.kind, '') || chr(31) || coalesce(c.minor_code, ''), 1
        UNION ALL
        SELECT m.measure, 'infinity'::date, '', 1
        FROM (VALUES ('open'), ('red')) m (measure)
        WHERE c.is_open AND (m.measure = 'open' OR c.light = 'RED')
        UNION ALL
        SELECT m.measure, 'infinity'::date,
            concat_ws(chr(31), t.value ->> 'layer', g.value ->> 'code', g.value ->> 'levelName', g.value ->> 'name'), 1
        FROM (VALUES ('open_at'), ('red_at')) m (measure),
            jsonb_array_elements(report -> 'trails') t,
            jsonb_array_elements(t.value -> 'grids') g
        WHERE c.is_open AND (m.measure = 'open_at' OR c.light = 'RED')
          AND t.value ->> 'layer' = report ->> 'primaryLayer'
        UNION ALL
        SELECT m.measure, (c.closed_at AT TIME ZONE zone)::date, '', 1
        FROM (VALUES ('closed'), ('on_time')) m (measure)
        WHERE c.state IN ('CLOSED', 'EVALUATED') AND c.closed_at IS NOT NULL
          AND NOT coalesce((report ->> 'selfHandled')::boolean, false)
          AND (m.measure = 'closed' OR coalesce(c.handled_on_time, false));
END;
$$;

-- The scope keys a case counts under: the whole district, and every grid of its trails but the leaf.
CREATE FUNCTION case_tally_keys(report jsonb)
RETURNS SETOF text
LANGUAGE sql IMMUTABLE ROWS 4 AS $$
    SELECT '*'
    UNION ALL
    SELECT (t.value ->> 'layer') || ':' || (g.value ->> 'code')
    FROM jsonb_array_elements(report -> 'trails') t,
        jsonb_array_elements(t.value -> 'grids') WITH ORDINALITY g (value, position)
    WHERE g.position > 1
$$;

-- The leaf grids of a case's trails, whose readers count cases themselves.
CREATE FUNCTION case_tally_leaves(report jsonb)
RETURNS SETOF text
LANGUAGE sql IMMUTABLE ROWS 2 AS $$
    SELECT (t.value ->> 'layer') || ':' || (t.value -> 'grids' -> 0 ->> 'code')
    FROM jsonb_array_elements(report -> 'trails') t
    WHERE t.value -> 'grids' -> 0 ->> 'code' IS NOT NULL
$$;

-- Adds the signed rows of a set of changes, summed per scope key, measure, day and dimension; contributions that
-- cancel out add nothing.
CREATE FUNCTION case_tally_add(changes case_tally_change[])
RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    INSERT INTO case_tally (scope_key, measure, day, dimension, n)
    SELECT k.key, c.measure, c.day, c.dimension, sum(c.n)
    FROM (
        SELECT m.id, t.measure, t.day, t.dimension, sum(m.sign * t.n) AS n
        FROM unnest(changes) m
        JOIN case_report r ON r.id = m.id
        CROSS JOIN LATERAL case_tally_rows(m, r.report, coalesce(r.source, r.channel),
            (SELECT zone FROM case_tally_state)) t
        GROUP BY m.id, t.measure, t.day, t.dimension
        HAVING sum(m.sign * t.n) <> 0
    ) c
    JOIN case_report r ON r.id = c.id
    CROSS JOIN LATERAL case_tally_keys(r.report) k (key)
    GROUP BY k.key, c.measure, c.day, c.dimension
    HAVING sum(c.n) <> 0;
END;
$$;

-- Counts the cases a statement inserted, changed or deleted. An update counts only the cases whose counted columns
-- changed (a light only as red or not, a state only as closed or not), and calls nothing further when there are
-- none: most steps of a case change no count.
CREATE FUNCTION case_tally_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changes case_tally_change[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO case_tally_leaf (scope_key)
        SELECT DISTINCT l.key
        FROM new_rows n JOIN case_report r ON r.id = n.id, case_tally_leaves(r.report) l (key)
        ON CONFLICT DO NOTHING;
        PERFORM case_tally_add(ARRAY(
            SELECT ROW(n.id, 1, n.is_open, n.light, n.state, n.kind, n.minor_code, n.number_day, n.closed_at,
                (n.data ->> 'handledOnTime')::boolean)::case_tally_change
            FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM case_tally_add(ARRAY(
            SELECT ROW(o.id, -1, o.is_open, o.light, o.state, o.kind, o.minor_code, o.number_day, o.closed_at,
                (o.data ->> 'handledOnTime')::boolean)::case_tally_change
            FROM old_rows o));
    ELSE
        changes := ARRAY(
            SELECT ROW(n.id, 1, n.is_open, n.light, n.state, n.kind, n.minor_code, n.number_day, n.closed_at,
                (n.data ->> 'handledOnTime')::boolean)::case_tally_change
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.is_open, n.light = 'RED', n.state IN ('CLOSED', 'EVALUATED'), n.kind, n.minor_code,
                   n.closed_at, n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state IN ('CLOSED', 'EVALUATED'), o.kind,
                                  o.minor_code, o.closed_at, o.data ->> 'handledOnTime')
            UNION ALL
            SELECT ROW(o.id, -1, o.is_open, o.light, o.state, o.kind, o.minor_code, o.number_day, o.closed_at,
                (o.data ->> 'handledOnTime')::boolean)::case_tally_change
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.is_open, n.light = 'RED', n.state IN ('CLOSED', 'EVALUATED'), n.kind, n.minor_code,
                   n.closed_at, n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state IN ('CLOSED', 'EVALUATED'), o.kind,
                                  o.minor_code, o.closed_at, o.data ->> 'handledOnTime'));
        IF cardinality(changes) > 0 THEN
            PERFORM case_tally_add(changes);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_tally_inserted AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_changed();
CREATE TRIGGER case_tally_updated AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_changed();
CREATE TRIGGER case_tally_deleted AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_changed();

-- Truncating the cases leaves nothing to count.
CREATE FUNCTION case_tally_cleared() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM case_tally;
    DELETE FROM case_tally_leaf;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_tally_truncated AFTER TRUNCATE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_cleared();

-- Counts every case afresh, each group in one folded row; gives the number of rows. The caller keeps writers out
-- while it runs.
CREATE FUNCTION case_tally_rebuild()
RETURNS bigint
LANGUAGE sql AS $$
    DELETE FROM case_tally;
    DELETE FROM case_tally_leaf;
    INSERT INTO case_tally_leaf (scope_key)
    SELECT DISTINCT l.key
    FROM cases c JOIN case_report r ON r.id = c.id, case_tally_leaves(r.report) l (key);
    INSERT INTO case_tally (scope_key, measure, day, dimension, n, folded)
    SELECT k.key, t.measure, t.day, t.dimension, sum(t.n), true
    FROM cases c
    JOIN case_report r ON r.id = c.id
    CROSS JOIN LATERAL case_tally_rows(ROW(c.id, 1, c.is_open, c.light, c.state, c.kind, c.minor_code,
        c.number_day, c.closed_at, (c.data ->> 'handledOnTime')::boolean)::case_tally_change, r.report,
        coalesce(r.source, r.channel), (SELECT zone FROM case_tally_state)) t
    CROSS JOIN LATERAL case_tally_keys(r.report) k (key)
    GROUP BY k.key, t.measure, t.day, t.dimension
    HAVING sum(t.n) <> 0;
    SELECT count(*) FROM case_tally;
$$;

-- Folds the groups of the oldest unfolded rows (at most batch of them) into one row each; gives the number of
-- unfolded rows it looked at, so that a caller knows whether more are waiting. Rows of transactions still running
-- are left for a later pass.
CREATE FUNCTION case_tally_fold(batch int)
RETURNS bigint
LANGUAGE sql AS $$
    WITH unfolded AS (
        SELECT scope_key, measure, day, dimension FROM case_tally WHERE NOT folded ORDER BY id LIMIT batch
    ), touched AS (
        SELECT DISTINCT scope_key, measure, day, dimension FROM unfolded
    ), gone AS (
        DELETE FROM case_tally t USING touched g
        WHERE t.scope_key = g.scope_key AND t.measure = g.measure AND t.day = g.day AND t.dimension = g.dimension
        RETURNING t.scope_key, t.measure, t.day, t.dimension, t.n
    ), kept AS (
        INSERT INTO case_tally (scope_key, measure, day, dimension, n, folded)
        SELECT scope_key, measure, day, dimension, sum(n), true
        FROM gone
        GROUP BY scope_key, measure, day, dimension
        HAVING sum(n) <> 0
        RETURNING 1
    )
    SELECT count(*) FROM unfolded
$$;

SELECT case_tally_rebuild();
