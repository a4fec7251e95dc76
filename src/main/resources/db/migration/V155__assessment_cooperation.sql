-- Cooperation in joint handling (协同配合度): each assisting department named in a dispatch, with the handling
-- deadline it shares with the lead, and when it fed back its part and whether that was in time. Keyed by the
-- dispatch's place in the case's timeline and the department, so that an event delivered twice is stored once.
CREATE TABLE assessment_assist (
    case_id       bigint      NOT NULL,
    seq           integer     NOT NULL,
    department    text        NOT NULL,
    dispatched_at timestamptz NOT NULL,
    deadline      timestamptz,
    fed_back_at   timestamptz,
    on_time       boolean,
    PRIMARY KEY (case_id, seq, department)
);
CREATE INDEX assessment_assist_dispatched ON assessment_assist (dispatched_at);
