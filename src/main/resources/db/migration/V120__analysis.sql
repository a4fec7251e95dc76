-- Analysis (分析研判): the module's own facts about cases, kept from the cases module's events, and the warnings
-- its sweep finds in them.
CREATE TABLE analysis_report
(
  case_id     BIGINT PRIMARY KEY,
  layer       TEXT             NOT NULL,
  grid        TEXT             NOT NULL,
  kind        TEXT             NOT NULL,
  minor_code  TEXT             NOT NULL,
  reported_at TIMESTAMPTZ      NOT NULL,
  lon         DOUBLE PRECISION NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  closed_at   TIMESTAMPTZ
);

-- Daily counts per grid and category are read from here by the reporting time.
CREATE INDEX analysis_report_reported ON analysis_report (layer, reported_at);

CREATE TABLE analysis_warning
(
  id          BIGSERIAL PRIMARY KEY,
  rule        TEXT             NOT NULL CHECK (rule IN ('HOT_SPOT', 'SURGE', 'RECURRENCE')),
  layer       TEXT             NOT NULL,
  grid        TEXT             NOT NULL,
  minor_code  TEXT             NOT NULL,
  subject     TEXT             NOT NULL,
  observed    INT              NOT NULL,
  expected    DOUBLE PRECISION NOT NULL,
  p_value     DOUBLE PRECISION NOT NULL,
  detected_at TIMESTAMPTZ      NOT NULL,
  acted_at    TIMESTAMPTZ,
  acted_by    TEXT,
  UNIQUE (rule, layer, grid, minor_code, subject)
);

CREATE TABLE analysis_warning_case
(
  warning_id BIGINT NOT NULL REFERENCES analysis_warning (id) ON DELETE CASCADE,
  case_id    BIGINT NOT NULL,
  PRIMARY KEY (warning_id, case_id)
);

-- The command centre's roles read the warnings.
UPDATE role SET permissions = array_append(permissions, 'analysis:read')
WHERE code IN ('intake-operator', 'shift-leader', 'dispatcher', 'leader', 'admin')
  AND NOT 'analysis:read' = ANY (permissions);
