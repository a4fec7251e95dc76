-- Assessment (考核) of people: grid workers and supervisors on what they report, verify and check, and intake
-- operators, shift leaders and dispatchers on how soon and how accurately they accept, file and dispatch. Facts
-- stored before this migration have no actor, stage deadline or reporter; they count for no person.
ALTER TABLE assessment_case ADD COLUMN reported_by text;

ALTER TABLE assessment_step ADD COLUMN actor text;
ALTER TABLE assessment_step ADD COLUMN stage_deadline timestamptz;
ALTER TABLE assessment_step ADD COLUMN passed boolean;
ALTER TABLE assessment_step DROP CONSTRAINT assessment_step_step_check;
ALTER TABLE assessment_step ADD CONSTRAINT assessment_step_step_check
    CHECK (step IN ('FILE', 'DISPATCH', 'RETURN', 'ESCALATE', 'HANDLE', 'REWORK', 'POSTPONE', 'CLOSE', 'VOID',
                    'EVALUATE', 'VERIFY', 'ACCEPT', 'REJECT', 'CHECK'));
-- A failed check and the rework it orders are one timeline entry: both are kept, as two facts of one place.
ALTER TABLE assessment_step DROP CONSTRAINT assessment_step_pkey;
ALTER TABLE assessment_step ADD PRIMARY KEY (case_id, seq, step);
CREATE INDEX assessment_step_actor ON assessment_step (actor, step, at) WHERE actor IS NOT NULL;

-- The accounts answerable, when a citizen or hotline report came in, for having found the problem on patrol: the
-- team members of the case's grids, from the smallest one up to its handling grid.
CREATE TABLE assessment_watch (
    case_id  bigint NOT NULL,
    username text   NOT NULL,
    PRIMARY KEY (case_id, username)
);
CREATE INDEX assessment_watch_username ON assessment_watch (username);

ALTER TABLE assessment_scorecard DROP CONSTRAINT assessment_scorecard_object_type_check;
ALTER TABLE assessment_scorecard ADD CONSTRAINT assessment_scorecard_object_type_check
    CHECK (object_type IN ('DEPARTMENT', 'GRID', 'CHANNEL', 'WORKER', 'OPERATOR'));
ALTER TABLE assessment_grade DROP CONSTRAINT assessment_grade_object_type_check;
ALTER TABLE assessment_grade ADD CONSTRAINT assessment_grade_object_type_check
    CHECK (object_type IN ('DEPARTMENT', 'GRID', 'CHANNEL', 'WORKER', 'OPERATOR'));

INSERT INTO assessment_scorecard (object_type, indicator, weight, inverted)
VALUES ('WORKER', 'validRate', 25, false),
       ('WORKER', 'onTimeVerificationRate', 15, false),
       ('WORKER', 'onTimeCheckRate', 15, false),
       ('WORKER', 'missedRate', 20, true),
       ('WORKER', 'attendanceRate', 25, false),
       ('OPERATOR', 'onTimeAcceptRate', 20, false),
       ('OPERATOR', 'onTimeFileRate', 20, false),
       ('OPERATOR', 'onTimeDispatchRate', 20, false),
       ('OPERATOR', 'accurateFilingRate', 20, false),
       ('OPERATOR', 'accurateDispatchRate', 20, false);

INSERT INTO assessment_grade (object_type, grade, min_score)
VALUES ('WORKER', '优', 90), ('WORKER', '良', 80), ('WORKER', '中', 60), ('WORKER', '差', 0),
       ('OPERATOR', '优', 90), ('OPERATOR', '良', 80), ('OPERATOR', '中', 60), ('OPERATOR', '差', 0);

-- Workers, supervisors and the centre's staff read the assessment: their own row, and the people of their units.
UPDATE role SET permissions = array_append(permissions, 'assessment:read')
WHERE code IN ('grid-chief', 'full-time-worker', 'specialist-worker', 'optional-worker', 'supervisor',
               'intake-operator', 'shift-leader')
  AND NOT 'assessment:read' = ANY (permissions);
