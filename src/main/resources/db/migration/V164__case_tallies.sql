-- Case counts kept in step with every change to a case, so that overview screens answer from a few rows instead of
-- counting cases. case_tally holds one count per scope key, measure, day and dimension: the keys are '*' (the whole
-- district) and every grid of a case's trails above the leaf. A leaf grid holds too few cases to be worth counting
-- ahead; its key is listed in case_tally_leaf, and a reader scoped to it counts the cases themselves.
--
-- A trigger on cases notes each change that alters a count in case_tally_pending (one row per case: the counted
-- columns as they are now, +1, and as they were, -1), in the transaction that changes the case, so that writing a
-- case costs one small row more. A periodic pass, one instance at a time, adds the pending changes to case_tally in
-- sets and removes them in one transaction. A reader sums case_tally and the pending changes: every committed change
-- counts at once, whichever instance or statement made it. Measures:
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
    scope_key text   NOT NULL,
    measure   text   NOT NULL CHECK (measure IN ('reported', 'category', 'closed', 'on_time', 'open', 'red',
                                                 'open_at', 'red_at')),
    day       date   NOT NULL,
    dimension text   NOT NULL,
    n         bigint NOT NULL,
    PRIMARY KEY (scope_key, measure, day, dimension)
);

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

CREATE TABLE case_tally_pending (
    id     bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change case_tally_change NOT NULL
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

-- Adds a set of changes to the counts, summed per scope key, measure, day and dimension, and lists the leaf grids
-- of the cases taken in.
CREATE FUNCTION case_tally_add(changes case_tally_change[])
RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    INSERT INTO case_tally_leaf (scope_key)
    SELECT DISTINCT l.key
    FROM unnest(changes) m JOIN case_report r ON r.id = m.id, case_tally_leaves(r.report) l (key)
    WHERE m.sign > 0
    ON CONFLICT DO NOTHING;
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
    HAVING sum(c.n) <> 0
    ON CONFLICT (scope_key, measure, day, dimension) DO UPDATE SET n = case_tally.n + excluded.n;
END;
$$;

-- Notes the changes a statement made to cases that alter a count: every case inserted or deleted, and of the cases
-- updated those whose counted columns changed (a light only as red or not, a state only as closed or not); most
-- steps of a case change no count and note nothing.
CREATE FUNCTION case_tally_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO case_tally_pending (change)
        SELECT ROW(n.id, 1, n.is_open, n.light, n.state, n.kind, n.minor_code, n.number_day,
                n.closed_at, (n.data ->> 'handledOnTime')::boolean)::case_tally_change
        FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO case_tally_pending (change)
        SELECT ROW(o.id, -1, o.is_open, o.light, o.state, o.kind, o.minor_code, o.number_day,
                o.closed_at, (o.data ->> 'handledOnTime')::boolean)::case_tally_change
        FROM old_rows o;
    ELSE
        INSERT INTO case_tally_pending (change)
        SELECT ROW(n.id, 1, n.is_open, n.light, n.state, n.kind, n.minor_code, n.number_day,
                n.closed_at, (n.data ->> 'handledOnTime')::boolean)::case_tally_change
        FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.is_open, n.light = 'RED', n.state IN ('CLOSED', 'EVALUATED'), n.kind, n.minor_code,
                   n.closed_at, n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state IN ('CLOSED', 'EVALUATED'), o.kind,
                                  o.minor_code, o.closed_at, o.data ->> 'handledOnTime')
        UNION ALL
        SELECT ROW(o.id, -1, o.is_open, o.light, o.state, o.kind, o.minor_code, o.number_day,
                o.closed_at, (o.data ->> 'handledOnTime')::boolean)::case_tally_change
        FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.is_open, n.light = 'RED', n.state IN ('CLOSED', 'EVALUATED'), n.kind, n.minor_code,
                   n.closed_at, n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state IN ('CLOSED', 'EVALUATED'), o.kind,
                                  o.minor_code, o.closed_at, o.data ->> 'handledOnTime');
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
    DELETE FROM case_tally_pending;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_tally_truncated AFTER TRUNCATE ON cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_cleared();

-- Counts every case afresh, pending changes included; gives the number of rows. The caller keeps writers out while
-- it runs.
CREATE FUNCTION case_tally_rebuild()
RETURNS bigint
LANGUAGE sql AS $$
    DELETE FROM case_tally;
    DELETE FROM case_tally_leaf;
    DELETE FROM case_tally_pending;
    INSERT INTO case_tally_leaf (scope_key)
    SELECT DISTINCT l.key
    FROM cases c JOIN case_report r ON r.id = c.id, case_tally_leaves(r.report) l (key);
    INSERT INTO case_tally (scope_key, measure, day, dimension, n)
    SELECT k.key, t.measure, t.day, t.dimension, sum(t.n)
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

-- Adds the oldest pending changes (at most batch of them) to the counts and removes them; gives how many it took.
-- Changes of transactions still running are left for a later pass. One pass runs at a time (the caller holds a lock).
CREATE FUNCTION case_tally_fold(batch int)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changes case_tally_change[];
BEGIN
    WITH taken AS (
        DELETE FROM case_tally_pending
        WHERE id IN (SELECT id FROM case_tally_pending ORDER BY id LIMIT batch)
        RETURNING change
    )
    SELECT array_agg(change) INTO changes FROM taken;
    IF changes IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM case_tally_add(changes);
    RETURN cardinality(changes);
END;
$$;

-- The pending changes' contributions under one scope key, which a reader adds to the counts.
CREATE FUNCTION case_tally_pending_for(key text)
RETURNS TABLE (measure text, day date, dimension text, n bigint)
LANGUAGE sql STABLE AS $$
    SELECT t.measure, t.day, t.dimension, sum((p.change).sign * t.n)
    FROM case_tally_pending p
    JOIN case_report r ON r.id = (p.change).id
    CROSS JOIN LATERAL case_tally_rows(p.change, r.report, coalesce(r.source, r.channel),
        (SELECT zone FROM case_tally_state)) t
    WHERE key IN (SELECT case_tally_keys(r.report))
    GROUP BY t.measure, t.day, t.dimension
$$;

-- Whether a grid is the leaf of some case's trail, the cases of pending changes included.
CREATE FUNCTION case_tally_is_leaf(key text)
RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM case_tally_leaf WHERE scope_key = key)
        OR EXISTS (SELECT 1 FROM case_tally_pending p JOIN case_report r ON r.id = (p.change).id
                   WHERE (p.change).sign > 0 AND key IN (SELECT case_tally_leaves(r.report)))
$$;

SELECT case_tally_rebuild();
