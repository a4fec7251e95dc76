-- An open case moves to other grids when a boundary change puts its point in another grid, or when a person
-- corrects its point: its report takes the new point and grids, and its counts move with it. This takes in the
-- case's pending changes under its old grids, takes its counts off the old grids, replaces the report, its grid keys
-- and its point, and adds its counts under the new grids. The caller holds the case's row and the counting lock, so
-- no change of the case is noted in between and no counting pass runs.
CREATE FUNCTION case_relocate(case_id bigint, new_report jsonb, new_keys text[], new_lon float8, new_lat float8)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    taken case_tally_change[];
    counted case_tally_change;
BEGIN
    WITH gone AS (
        DELETE FROM case_tally_pending WHERE (change).id = case_id RETURNING change
    )
    SELECT array_agg(change) INTO taken FROM gone;
    IF taken IS NOT NULL THEN
        PERFORM case_tally_add(taken);
    END IF;
    SELECT c.id, -1, c.is_open, c.light, c.state, c.kind, c.minor_code, c.number_day, c.closed_at,
        (c.data ->> 'handledOnTime')::boolean
    INTO STRICT counted
    FROM cases c WHERE c.id = case_id;
    PERFORM case_tally_add(ARRAY[counted]);
    UPDATE case_report SET report = new_report, grid_keys = new_keys, lon = new_lon, lat = new_lat
    WHERE id = case_id;
    UPDATE cases SET lon = new_lon, lat = new_lat WHERE id = case_id AND (lon, lat) <> (new_lon, new_lat);
    counted.sign := 1;
    PERFORM case_tally_add(ARRAY[counted]);
END;
$$;
