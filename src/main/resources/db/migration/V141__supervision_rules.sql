-- Automatic supervision (督办) as a district's rule: when a case's stage turns yellow or red, the centre sends a
-- supervision or urging notice with the rule's note, without anyone having to watch the lights. Each notice is sent
-- once per case, stage, light and deadline, however often the lights' event is delivered.
CREATE TABLE supervision_rule
(
  code        TEXT        PRIMARY KEY,
  stage       TEXT        NOT NULL CHECK (stage IN ('ACCEPT', 'DISPATCH', 'HANDLE', 'CHECK')),
  light       TEXT        NOT NULL CHECK (light IN ('YELLOW', 'RED')),
  notice_kind TEXT        NOT NULL CHECK (notice_kind IN ('SUPERVISE', 'URGE')),
  note        TEXT        NOT NULL,
  enabled     BOOLEAN     NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  UNIQUE (stage, light)
);

CREATE TABLE supervision_sent
(
  case_id   BIGINT      NOT NULL,
  stage     TEXT        NOT NULL,
  light     TEXT        NOT NULL,
  deadline  TIMESTAMPTZ NOT NULL,
  rule_code TEXT        NOT NULL REFERENCES supervision_rule (code) ON DELETE CASCADE,
  sent_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (case_id, stage, light, deadline)
);
