-- What became of each assisting assignment, kept beside it so that a period's cooperation figures are one range read
-- over the period's assignments: when the case was first voided, and when the lead first sent the case back or up
-- after the assignment (a return or an escalation), each derived from the case's step facts and kept in step with
-- them as they are stored. The assignments stored so far are settled here from the facts stored so far.
ALTER TABLE assessment_assist
    ADD COLUMN voided_at    timestamptz,
    ADD COLUMN withdrawn_at timestamptz;

UPDATE assessment_assist a SET
    voided_at = (SELECT min(v.at) FROM assessment_step v WHERE v.case_id = a.case_id AND v.step = 'VOID'),
    withdrawn_at = (SELECT min(r.at) FROM assessment_step r
                    WHERE r.case_id = a.case_id AND r.seq > a.seq AND r.step IN ('RETURN', 'ESCALATE'));
