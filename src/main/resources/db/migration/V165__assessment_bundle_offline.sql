-- The bundled assessment (绩效考核捆绑制): a people's scorecard may take part of each person's score from the scores of
-- the grids they serve. At most one bundle per scorecard; only workers serve grids, and only grids are bundled.
CREATE TABLE assessment_scorecard_bundle (
    object_type  text    PRIMARY KEY CHECK (object_type IN ('WORKER')),
    bundled_type text    NOT NULL CHECK (bundled_type IN ('GRID')),
    weight       numeric NOT NULL CHECK (weight > 0 AND weight < 100)
);

-- A published score keeps both parts of a bundled score, so that a worker sees why: their own items' score, the
-- bundle's weight, the mean score of the grids that counted, and those grids. Null where the scorecard bundles nothing.
ALTER TABLE assessment_published_score
    ADD COLUMN own_score     numeric,
    ADD COLUMN bundle_weight numeric,
    ADD COLUMN grid_score    numeric,
    ADD COLUMN bundle_grids  text[];

-- The offline part of a person's monthly assessment (线下考核), entered by an assessor, 0 to 100 points. Entries are
-- only ever added: the latest entry for a person and month counts, and the earlier ones stay as its history.
CREATE TABLE assessment_offline_score (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint       NOT NULL REFERENCES person (id),
    month      text         NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    score      numeric(5, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
    note       text         CHECK (length(note) <= 500),
    entered_by text         NOT NULL REFERENCES account (username),
    entered_at timestamptz  NOT NULL
);

CREATE INDEX assessment_offline_score_month ON assessment_offline_score (month, person_id, id);

-- Entering offline scores is granted by the district to its assessors (a grid's 指导员, a unit's head); the
-- administrator holds every permission.
UPDATE role SET permissions = array_append(permissions, 'assessment:assess')
WHERE code = 'admin' AND NOT 'assessment:assess' = ANY (permissions);
