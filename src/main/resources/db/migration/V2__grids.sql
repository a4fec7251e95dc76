-- Grid layers: several grid systems (城运, 综治, 警务, 全员) overlay the same territory.
CREATE SEQUENCE grid_change_seq;

CREATE TABLE grid_layer
(
  code            TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  level_names     TEXT[] NOT NULL,
  code_rule       TEXT NOT NULL,
  sequence_digits INT NOT NULL,
  generated       BOOLEAN NOT NULL DEFAULT FALSE,
  source          TEXT,
  version         BIGINT NOT NULL DEFAULT nextval('grid_change_seq'),
  grid_count      INT NOT NULL DEFAULT 0,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One grid of a layer's tree. Geometry is WGS-84 lon/lat as WKB; the bounding box columns allow cheap filtering.
CREATE TABLE grid
(
  layer_code  TEXT NOT NULL REFERENCES grid_layer (code) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  level       INT NOT NULL,
  parent_code TEXT,
  geometry    BYTEA NOT NULL,
  area_m2     DOUBLE PRECISION NOT NULL,
  min_lon     DOUBLE PRECISION NOT NULL,
  min_lat     DOUBLE PRECISION NOT NULL,
  max_lon     DOUBLE PRECISION NOT NULL,
  max_lat     DOUBLE PRECISION NOT NULL,
  generated   BOOLEAN NOT NULL DEFAULT FALSE,
  ordinal     INT NOT NULL,
  PRIMARY KEY (layer_code, code),
  FOREIGN KEY (layer_code, parent_code) REFERENCES grid (layer_code, code) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX grid_by_parent ON grid (layer_code, parent_code);
