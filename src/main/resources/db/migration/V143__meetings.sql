-- Meetings (会商, 例会, 联席会议): the standing rules that schedule them, the meetings called by rule or by hand,
-- each meeting's agenda of hard open cases, its minutes, and the decisions it took, which became case actions.
CREATE TABLE meeting_rule
(
  code         TEXT        PRIMARY KEY,
  unit_code    TEXT        NOT NULL,
  kind         TEXT        NOT NULL CHECK (kind IN ('CONSULTATION', 'ROUTINE', 'JOINT')),
  name         TEXT        NOT NULL,
  cadence      TEXT        NOT NULL CHECK (cadence IN ('WEEKLY', 'MONTHLY')),
  working_day  INT         NOT NULL CHECK (working_day BETWEEN 1 AND 23),
  at_time      TIME        NOT NULL,
  length_minutes INT       NOT NULL CHECK (length_minutes BETWEEN 15 AND 480),
  caller_roles TEXT[]      NOT NULL,
  agenda       TEXT[]      NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_rule_unit ON meeting_rule (unit_code);

CREATE TABLE meeting
(
  id          BIGSERIAL   PRIMARY KEY,
  unit_code   TEXT        NOT NULL,
  kind        TEXT        NOT NULL CHECK (kind IN ('CONSULTATION', 'ROUTINE', 'JOINT')),
  title       TEXT        NOT NULL,
  starts_at   TIMESTAMPTZ NOT NULL,
  length_minutes INT     NOT NULL CHECK (length_minutes BETWEEN 15 AND 480),
  called_by   TEXT        NOT NULL,
  called_at   TIMESTAMPTZ NOT NULL,
  rule_code   TEXT        REFERENCES meeting_rule (code) ON DELETE SET NULL,
  rule_day    DATE,
  minutes     TEXT,
  attendees   TEXT[]      NOT NULL DEFAULT '{}',
  held_at     TIMESTAMPTZ,
  recorded_by TEXT
);
CREATE UNIQUE INDEX meeting_rule_day ON meeting (rule_code, rule_day);
CREATE INDEX meeting_unit ON meeting (unit_code, starts_at);

CREATE TABLE meeting_agenda_item
(
  meeting_id  BIGINT NOT NULL REFERENCES meeting (id),
  position    INT    NOT NULL,
  case_id     BIGINT NOT NULL,
  case_no     TEXT   NOT NULL,
  reasons     TEXT[] NOT NULL,
  description TEXT,
  PRIMARY KEY (meeting_id, case_id)
);

CREATE TABLE meeting_decision
(
  id         BIGSERIAL   PRIMARY KEY,
  meeting_id BIGINT      NOT NULL REFERENCES meeting (id),
  case_id    BIGINT      NOT NULL,
  case_no    TEXT        NOT NULL,
  action     TEXT        NOT NULL,
  note       TEXT        NOT NULL,
  decided_by TEXT        NOT NULL,
  decided_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id);
CREATE INDEX meeting_decision_case ON meeting_decision (case_id);

UPDATE role SET permissions = array_append(permissions, 'meeting:call')
WHERE code IN ('shift-leader', 'leader', 'admin') AND NOT 'meeting:call' = ANY (permissions);
UPDATE role SET permissions = array_append(permissions, 'meeting:read')
WHERE code IN ('shift-leader', 'leader', 'dispatcher', 'admin') AND NOT 'meeting:read' = ANY (permissions);
