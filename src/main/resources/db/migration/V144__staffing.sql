-- Qualifications a person holds (such as enforcement, 执法资格), each valid through an optional last day.
CREATE TABLE person_qualification
(
  person_id   BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  code        TEXT   NOT NULL,
  valid_until DATE,
  PRIMARY KEY (person_id, code)
);

-- A unit's staffing minimum (人员进驻要求): in the daily slot [start_time, end_time), at least minimum_staff people
-- (of the department, in the duty, when given) hold a shift of the unit covering the whole slot, and at least
-- minimum_qualified of them hold the qualification on that day.
CREATE TABLE staffing_rule
(
  code              TEXT        PRIMARY KEY,
  unit_code         TEXT        NOT NULL REFERENCES org_unit (code),
  department_code   TEXT        REFERENCES department (code),
  duty              TEXT        REFERENCES role (code),
  start_time        TIME        NOT NULL,
  end_time          TIME        NOT NULL CHECK (end_time > start_time),
  working_days_only BOOLEAN     NOT NULL,
  minimum_staff     INT         NOT NULL CHECK (minimum_staff BETWEEN 1 AND 500),
  qualification     TEXT,
  minimum_qualified INT         NOT NULL CHECK (minimum_qualified BETWEEN 0 AND minimum_staff),
  updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX staffing_rule_unit ON staffing_rule (unit_code);
