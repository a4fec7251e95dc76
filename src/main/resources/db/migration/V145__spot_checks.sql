-- Position checks and random spot checks of grid workers (定位定时、随机督查): a rule names the unit whose grid
-- workers are checked, the fixed times of day, how many random times in working hours, how many workers each check
-- samples and how old a position may be. Each check a rule makes is stored once per rule and time, however many
-- instances sweep, with one result per worker checked.
CREATE TABLE spot_check_rule
(
  code                  TEXT        PRIMARY KEY,
  unit_code             TEXT        NOT NULL,
  role_code             TEXT,
  fixed_times           TIME[]      NOT NULL,
  random_checks_per_day INT         NOT NULL CHECK (random_checks_per_day BETWEEN 0 AND 24),
  sample_size           INT         CHECK (sample_size > 0),
  tolerance_minutes     INT         NOT NULL CHECK (tolerance_minutes BETWEEN 1 AND 1440),
  working_days_only     BOOLEAN     NOT NULL,
  note                  TEXT,
  updated_at            TIMESTAMPTZ NOT NULL
);

CREATE TABLE spot_check
(
  id         BIGSERIAL   PRIMARY KEY,
  rule_code  TEXT        NOT NULL,
  unit_code  TEXT        NOT NULL,
  kind       TEXT        NOT NULL CHECK (kind IN ('FIXED', 'RANDOM')),
  slot_at    TIMESTAMPTZ NOT NULL,
  checked_at TIMESTAMPTZ NOT NULL,
  UNIQUE (rule_code, slot_at)
);
CREATE INDEX spot_check_slot ON spot_check (slot_at);

CREATE TABLE spot_check_result
(
  spot_check_id BIGINT      NOT NULL REFERENCES spot_check (id) ON DELETE CASCADE,
  person_id     BIGINT      NOT NULL,
  person_name   TEXT        NOT NULL,
  unit_code     TEXT,
  result        TEXT        NOT NULL CHECK (result IN ('IN_GRID', 'OUT_OF_GRID', 'NO_POSITION')),
  position_at   TIMESTAMPTZ,
  lon           DOUBLE PRECISION,
  lat           DOUBLE PRECISION,
  grid_code     TEXT,
  PRIMARY KEY (spot_check_id, person_id)
);
CREATE INDEX spot_check_result_person ON spot_check_result (person_id);

UPDATE role SET permissions = array_append(permissions, 'spotcheck:manage')
WHERE code IN ('leader', 'admin') AND NOT 'spotcheck:manage' = ANY (permissions);
UPDATE role SET permissions = array_append(permissions, 'spotcheck:read')
WHERE code IN ('shift-leader', 'leader', 'admin') AND NOT 'spotcheck:read' = ANY (permissions);
