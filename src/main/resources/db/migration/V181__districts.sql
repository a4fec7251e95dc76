-- The districts one installation serves, each the territory of one grid in one layer: a case belongs to the district
-- whose grid its place lies in, and an Open311 client names it by its code (jurisdiction_id). The grid is named by
-- its codes rather than by a key, since a layer's grids are replaced when its boundaries change.
CREATE TABLE grid_district
(
  code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
  name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  layer      TEXT        NOT NULL,
  grid       TEXT        NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL
);
