-- One row per dispatch with what became of it and when, derived from the assessment's step facts and kept in step
-- with them as steps are stored, so that a period's department figures are one range read over its dispatches.
CREATE TABLE assessment_dispatch (
    case_id             bigint        NOT NULL,
    seq                 integer       NOT NULL,
    department          text,
    at                  timestamptz   NOT NULL,
    deadline            timestamptz,
    returned_at         timestamptz,
    voided_at           timestamptz,
    handled_at          timestamptz,
    handled_on_time     boolean,
    reworked_at         timestamptz,
    postponed_at        timestamptz,
    postponed_ats       timestamptz[] NOT NULL,
    postponed_deadlines timestamptz[] NOT NULL,
    closed_at           timestamptz,
    evaluated_at        timestamptz,
    satisfied           boolean,
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX assessment_dispatch_at ON assessment_dispatch (at);

-- The dispatch rows of one case, derived from its step facts: the one definition that keeping the rollup in step,
-- rebuilding it and filling it below all use.
CREATE FUNCTION assessment_dispatch_of(only_case bigint)
  RETURNS SETOF assessment_dispatch
  LANGUAGE sql STABLE
AS $$
  SELECT d.case_id, d.seq, d.department, d.at, d.deadline, f.*
  FROM assessment_step d
  CROSS JOIN LATERAL (
    SELECT min(s.at) FILTER (WHERE s.seq > d.seq AND (s.step = 'RETURN' AND s.department = d.department
        OR s.step = 'ESCALATE')),
      min(s.at) FILTER (WHERE s.step = 'VOID'),
      (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'HANDLE' AND s.department = d.department
        AND s.seq > d.seq))[1],
      (array_agg(s.on_time ORDER BY s.seq) FILTER (WHERE s.step = 'HANDLE' AND s.department = d.department
        AND s.seq > d.seq))[1],
      min(s.at) FILTER (WHERE s.step = 'REWORK' AND s.department = d.department AND s.seq > d.seq),
      min(s.at) FILTER (WHERE s.step = 'POSTPONE' AND s.department = d.department AND s.seq > d.seq),
      COALESCE(array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'POSTPONE'
        AND s.department = d.department AND s.seq > d.seq), '{}'),
      COALESCE(array_agg(s.deadline ORDER BY s.seq) FILTER (WHERE s.step = 'POSTPONE'
        AND s.department = d.department AND s.seq > d.seq), '{}'),
      (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'CLOSE' AND s.seq > d.seq))[1],
      (array_agg(s.at ORDER BY s.seq) FILTER (WHERE s.step = 'EVALUATE' AND s.seq > d.seq))[1],
      (array_agg(s.satisfied ORDER BY s.seq) FILTER (WHERE s.step = 'EVALUATE' AND s.seq > d.seq))[1]
    FROM assessment_step s
    WHERE s.case_id = d.case_id) f
  WHERE d.step = 'DISPATCH' AND d.case_id = only_case
$$;

INSERT INTO assessment_dispatch
SELECT f.* FROM (SELECT DISTINCT case_id FROM assessment_step WHERE step = 'DISPATCH') c
CROSS JOIN LATERAL assessment_dispatch_of(c.case_id) f;
