-- A patrol minimum (巡查频次): every grid worker posted at the unit or below it (in the role, when given) patrols
-- their grids on at least minimum_days_per_week days of each ISO week.
CREATE TABLE patrol_rule
(
  code                  TEXT        PRIMARY KEY,
  unit_code             TEXT        NOT NULL REFERENCES org_unit (code),
  role                  TEXT        REFERENCES role (code),
  minimum_days_per_week INT         NOT NULL CHECK (minimum_days_per_week BETWEEN 1 AND 7),
  note                  TEXT,
  updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX patrol_rule_unit ON patrol_rule (unit_code);
