-- The stamp that every instance's point index, and every location a report was given, is compared with changes
-- when a layer's members (road sections, units, committees) are replaced as well as when its grids are: a report
-- located on members another instance has replaced since is then located again before it is stored.
CREATE OR REPLACE FUNCTION grid_layers_stamp() RETURNS text
LANGUAGE sql STABLE AS
$$
  SELECT (SELECT count(*) || ':' || coalesce(max(version), 0) || ':' || coalesce(sum(version), 0) FROM grid_layer)
    || '/' || (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM grid_member_set)
$$;
