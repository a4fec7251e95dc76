-- Assessment (考核) keeps its own facts, fed by the cases module's events: one row per reported case (where and how
-- it was found) and one row per step that counts (file, dispatch, return, escalate, handle, rework, postpone, close,
-- void, evaluate), keyed by the step's place in the case's timeline, so that an event delivered twice is stored once.
CREATE TABLE assessment_case (
    case_id      bigint      PRIMARY KEY,
    grid         text        NOT NULL,
    channel      text        NOT NULL,
    self_handled boolean     NOT NULL,
    reported_at  timestamptz NOT NULL
);
CREATE INDEX assessment_case_reported ON assessment_case (reported_at);

CREATE TABLE assessment_step (
    case_id    bigint      NOT NULL,
    seq        integer     NOT NULL,
    step       text        NOT NULL CHECK (step IN ('FILE', 'DISPATCH', 'RETURN', 'ESCALATE', 'HANDLE', 'REWORK',
                                                    'POSTPONE', 'CLOSE', 'VOID', 'EVALUATE')),
    department text,
    at         timestamptz NOT NULL,
    on_time    boolean,
    deadline   timestamptz,
    satisfied  boolean,
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX assessment_step_at ON assessment_step (step, at);

-- A scorecard per object type: each indicator's weight, and whether it scores its rate or (1 − rate).
CREATE TABLE assessment_scorecard (
    object_type text    NOT NULL CHECK (object_type IN ('DEPARTMENT', 'GRID')),
    indicator   text    NOT NULL,
    weight      numeric NOT NULL CHECK (weight >= 0),
    inverted    boolean NOT NULL,
    PRIMARY KEY (object_type, indicator)
);

-- The lowest score of each grade; a score below every threshold gets the grade with the lowest one.
CREATE TABLE assessment_grade (
    object_type text    NOT NULL CHECK (object_type IN ('DEPARTMENT', 'GRID')),
    grade       text    NOT NULL,
    min_score   numeric NOT NULL,
    PRIMARY KEY (object_type, grade)
);

INSERT INTO assessment_scorecard (object_type, indicator, weight, inverted)
VALUES ('DEPARTMENT', 'handledRate', 30, false),
       ('DEPARTMENT', 'onTimeHandledRate', 20, false),
       ('DEPARTMENT', 'reworkRate', 20, true),
       ('DEPARTMENT', 'overduePendingRate', 20, true),
       ('DEPARTMENT', 'postponementRate', 10, true),
       ('GRID', 'discoveryRate', 40, false),
       ('GRID', 'onTimeClosureRate', 40, false),
       ('GRID', 'closureRate', 20, false);

INSERT INTO assessment_grade (object_type, grade, min_score)
VALUES ('DEPARTMENT', '优', 90), ('DEPARTMENT', '良', 80), ('DEPARTMENT', '中', 60), ('DEPARTMENT', '差', 0),
       ('GRID', '优', 90), ('GRID', '良', 80), ('GRID', '中', 60), ('GRID', '差', 0);

-- A monthly close (月度关账) publishes the month's figures as a numbered revision; closing again adds a revision.
CREATE TABLE assessment_revision (
    month     text        NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    revision  integer     NOT NULL,
    closed_by text        NOT NULL,
    closed_at timestamptz NOT NULL,
    as_of     timestamptz NOT NULL,
    PRIMARY KEY (month, revision)
);

CREATE TABLE assessment_published_figure (
    month       text    NOT NULL,
    revision    integer NOT NULL,
    object_type text    NOT NULL,
    object_code text    NOT NULL,
    indicator   text    NOT NULL,
    position    integer NOT NULL,
    value       numeric,
    PRIMARY KEY (month, revision, object_type, object_code, indicator),
    FOREIGN KEY (month, revision) REFERENCES assessment_revision (month, revision)
);

CREATE TABLE assessment_published_score (
    month        text    NOT NULL,
    revision     integer NOT NULL,
    object_type  text    NOT NULL,
    object_code  text    NOT NULL,
    score        numeric NOT NULL,
    grade        text,
    rank         integer NOT NULL,
    change       numeric,
    year_on_year numeric,
    PRIMARY KEY (month, revision, object_type, object_code),
    FOREIGN KEY (month, revision) REFERENCES assessment_revision (month, revision)
);

-- Leaders, administrators and dispatchers read the figures; administrators close months.
UPDATE role SET permissions = array_append(permissions, 'assessment:read')
WHERE code IN ('dispatcher', 'leader', 'admin') AND NOT 'assessment:read' = ANY (permissions);

UPDATE role SET permissions = array_append(permissions, 'assessment:manage')
WHERE code = 'admin' AND NOT 'assessment:manage' = ANY (permissions);
