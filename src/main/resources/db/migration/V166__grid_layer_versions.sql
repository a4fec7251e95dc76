-- The versions of a layer's grids. Each import that replaces a layer's grids is recorded with what it changed: how
-- the replaced grids passed to the new ones, and what followed them (team members, units, rules) or was left for a
-- person to check (open cases). The replaced grids are kept, so an earlier version can still be read and exported.
CREATE TABLE grid_layer_import (
  layer_code       TEXT        NOT NULL REFERENCES grid_layer (code) ON DELETE CASCADE,
  version          BIGINT      NOT NULL,
  replaced_version BIGINT      NOT NULL,
  imported_at      TIMESTAMPTZ NOT NULL,
  grid_count       INTEGER     NOT NULL,
  changes          JSONB       NOT NULL,
  PRIMARY KEY (layer_code, version)
);

CREATE TABLE grid_archived (
  layer_code  TEXT             NOT NULL,
  version     BIGINT           NOT NULL,
  code        TEXT             NOT NULL,
  name        TEXT             NOT NULL,
  level       INTEGER          NOT NULL,
  parent_code TEXT,
  geometry    BYTEA            NOT NULL,
  area_m2     DOUBLE PRECISION NOT NULL,
  generated   BOOLEAN          NOT NULL,
  ordinal     INTEGER          NOT NULL,
  PRIMARY KEY (layer_code, version, code),
  FOREIGN KEY (layer_code, version) REFERENCES grid_layer_import (layer_code, version) ON DELETE CASCADE
);

-- Layers whose grids were imported before versions were kept: their grids now are their first recorded version.
INSERT INTO grid_layer_import (layer_code, version, replaced_version, imported_at, grid_count, changes)
SELECT code, version, 0, updated_at, grid_count, '{}'::jsonb FROM grid_layer WHERE grid_count > 0;
