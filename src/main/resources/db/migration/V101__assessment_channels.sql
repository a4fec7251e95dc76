-- Intake channels (12345, 110 diversion, patrol, the citizen app…) are assessed too: on answering in time and on the
-- callers' satisfaction on callback.
ALTER TABLE assessment_scorecard DROP CONSTRAINT assessment_scorecard_object_type_check;
ALTER TABLE assessment_scorecard ADD CONSTRAINT assessment_scorecard_object_type_check
    CHECK (object_type IN ('DEPARTMENT', 'GRID', 'CHANNEL'));
ALTER TABLE assessment_grade DROP CONSTRAINT assessment_grade_object_type_check;
ALTER TABLE assessment_grade ADD CONSTRAINT assessment_grade_object_type_check
    CHECK (object_type IN ('DEPARTMENT', 'GRID', 'CHANNEL'));

INSERT INTO assessment_scorecard (object_type, indicator, weight, inverted)
VALUES ('CHANNEL', 'onTimeReplyRate', 60, false),
       ('CHANNEL', 'satisfactionRate', 40, false);

INSERT INTO assessment_grade (object_type, grade, min_score)
VALUES ('CHANNEL', '优', 90), ('CHANNEL', '良', 80), ('CHANNEL', '中', 60), ('CHANNEL', '差', 0);
