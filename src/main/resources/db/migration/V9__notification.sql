-- Notices to people on duty about their cases: overdue and nearly overdue stages, escalations.
CREATE TABLE notification (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint      NOT NULL,
    case_id    bigint      NOT NULL,
    kind       text        NOT NULL,
    message    text        NOT NULL,
    event_key  text        NOT NULL,
    created_at timestamptz NOT NULL,
    read_at    timestamptz,
    UNIQUE (person_id, event_key)
);
CREATE INDEX notification_person ON notification (person_id, created_at DESC);
