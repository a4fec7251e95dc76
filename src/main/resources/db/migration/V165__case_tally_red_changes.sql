-- A light turning yellow, or from yellow to green, changes no count: only whether it is red is counted. The kept
-- counts' trigger now passes over such changes before it works out what the cases contribute, so that a sweep that
-- turns many lights yellow costs it a comparison per case.
CREATE OR REPLACE FUNCTION case_tally_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
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
        PERFORM case_tally_add(ARRAY(
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
                                  o.data ->> 'handledOnTime')));
    END IF;
    RETURN NULL;
END;
$$;
