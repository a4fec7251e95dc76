-- A stamp that changes whenever any grid layer is created, changed, replaced or deleted: the in-memory point index
-- of each instance compares it with the stamp it was built at.
CREATE FUNCTION grid_layers_stamp() RETURNS text
LANGUAGE sql STABLE AS
$$
  SELECT count(*) || ':' || coalesce(max(version), 0) || ':' || coalesce(sum(version), 0) FROM grid_layer
$$;

-- Before a case is stored where it was located: waits for any import of grids under way and keeps new ones out
-- until the transaction ends (an import takes the same advisory lock alone), then gives the layers' stamp as
-- committed by then. One round trip; the stamp is read by a statement of its own once the lock is held, so it sees
-- what the import that held the lock committed.
CREATE FUNCTION grid_boundaries_hold(lock_key bigint) RETURNS text
LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(lock_key);
  RETURN grid_layers_stamp();
END;
$$;
