-- Roll call (点名报到): who was called at a unit, until when they could answer, and when each person answered.
-- The people called are kept by name as they were posted when the roll was called.
CREATE TABLE roll_call
(
  id         BIGSERIAL   PRIMARY KEY,
  unit_code  TEXT        NOT NULL,
  role_code  TEXT,
  called_by  TEXT        NOT NULL,
  called_at  TIMESTAMPTZ NOT NULL,
  answer_by  TIMESTAMPTZ NOT NULL CHECK (answer_by > called_at),
  note       TEXT
);
CREATE INDEX roll_call_unit ON roll_call (unit_code, called_at);

CREATE TABLE roll_call_person
(
  roll_call_id BIGINT      NOT NULL REFERENCES roll_call (id) ON DELETE CASCADE,
  person_id    BIGINT      NOT NULL,
  person_name  TEXT        NOT NULL,
  answered_at  TIMESTAMPTZ,
  PRIMARY KEY (roll_call_id, person_id)
);
CREATE INDEX roll_call_person_person ON roll_call_person (person_id);

UPDATE role SET permissions = array_append(permissions, 'rollcall:call')
WHERE code IN ('shift-leader', 'leader', 'admin') AND NOT 'rollcall:call' = ANY (permissions);
UPDATE role SET permissions = array_append(permissions, 'rollcall:read')
WHERE code IN ('shift-leader', 'leader', 'admin') AND NOT 'rollcall:read' = ANY (permissions);
UPDATE role SET permissions = array_append(permissions, 'rollcall:answer')
WHERE code <> 'citizen' AND NOT 'rollcall:answer' = ANY (permissions);

-- A unit's standing roll calls (例行点名): each working day (or every day) at a time, the roll of the unit's people
-- in a role is called by the rule, once per rule and day however many instances run.
CREATE TABLE roll_call_rule
(
  code              TEXT        PRIMARY KEY,
  unit_code         TEXT        NOT NULL,
  role_code         TEXT,
  at_time           TIME        NOT NULL,
  minutes           INT         NOT NULL CHECK (minutes BETWEEN 1 AND 240),
  working_days_only BOOLEAN     NOT NULL,
  note              TEXT,
  updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX roll_call_rule_unit ON roll_call_rule (unit_code);

ALTER TABLE roll_call ADD COLUMN rule_code TEXT REFERENCES roll_call_rule (code) ON DELETE SET NULL;
ALTER TABLE roll_call ADD COLUMN rule_day DATE;
CREATE UNIQUE INDEX roll_call_rule_day ON roll_call (rule_code, rule_day);
