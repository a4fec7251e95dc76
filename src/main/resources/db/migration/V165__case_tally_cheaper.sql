-- The kept counts' trigger, made cheaper for every write of a case:
-- * a light turning yellow, or from yellow to green, changes no count (only whether it is red is counted), so the
--   trigger passes over such changes before it works out what the cases contribute;
-- * an update that changes no count calls nothing further;
-- * what a case contributes, and adding it up, run as PL/pgSQL with generic plans, planned once per session rather
--   than at every call as a SQL function's are, or than custom plans for each array of changes;
-- * the functions give the planner their usual number of rows, so that it does not take a one-case change for a
--   statement costly enough to compile.

CREATE OR REPLACE FUNCTION case_tally_rows(c case_tally_change, report jsonb, channel_code text, zone text)
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

CREATE OR REPLACE FUNCTION case_tally_add(changes case_tally_change[])
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

ALTER FUNCTION case_tally_keys(jsonb) ROWS 4;
ALTER FUNCTION case_tally_leaves(jsonb) ROWS 2;

CREATE OR REPLACE FUNCTION case_tally_changed() RETURNS trigger
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
            WHERE (n.is_open, n.light = 'RED', n.state, n.kind, n.minor_code, n.closed_at,
                   n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state, o.kind, o.minor_code, o.closed_at,
                                  o.data ->> 'handledOnTime')
            UNION ALL
            SELECT ROW(o.id, -1, o.is_open, o.light, o.state, o.kind, o.minor_code, o.number_day, o.closed_at,
                (o.data ->> 'handledOnTime')::boolean)::case_tally_change
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.is_open, n.light = 'RED', n.state, n.kind, n.minor_code, n.closed_at,
                   n.data ->> 'handledOnTime')
                IS DISTINCT FROM (o.is_open, o.light = 'RED', o.state, o.kind, o.minor_code, o.closed_at,
                                  o.data ->> 'handledOnTime'));
        IF cardinality(changes) > 0 THEN
            PERFORM case_tally_add(changes);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
