-- The members a grid is made of besides its child grids: the units, residents' committees, road sections (lines) and
-- shops that a 片区 comprises, each with the person who answers for it. A district marks the members whose cases the
-- grid itself coordinates, such as a road section shared by several committees.
CREATE TABLE grid_member_set (
  layer_code TEXT        PRIMARY KEY REFERENCES grid_layer (code) ON DELETE CASCADE,
  version    BIGINT      NOT NULL DEFAULT nextval('grid_change_seq'),
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE grid_member (
  layer_code  TEXT    NOT NULL REFERENCES grid_member_set (layer_code) ON DELETE CASCADE,
  code        TEXT    NOT NULL,
  grid_code   TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  contact     TEXT,
  coordinated BOOLEAN NOT NULL,
  reach_m     INTEGER NOT NULL CHECK (reach_m BETWEEN 0 AND 500),
  geometry    JSONB   NOT NULL,
  ordinal     INTEGER NOT NULL,
  PRIMARY KEY (layer_code, code),
  -- Deferred, since an import replaces a layer's grids in one transaction and moves the members with them.
  FOREIGN KEY (layer_code, grid_code) REFERENCES grid (layer_code, code) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX grid_member_by_grid ON grid_member (layer_code, grid_code);
