-- Who may close (结案) a case of each tier, as the district's data: each row is one closer, a level of the primary
-- layer's grids, a role, or both (a role at that level). A tier without rows keeps the close permission alone.
CREATE TABLE tier_closer
(
  tier       TEXT        NOT NULL CHECK (tier IN ('GENERAL', 'SERIOUS', 'MAJOR')),
  position   INT         NOT NULL CHECK (position >= 0),
  level_name TEXT,
  role_code  TEXT,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tier, position),
  CHECK (level_name IS NOT NULL OR role_code IS NOT NULL)
);
