-- Hotline intake: the outside systems that hand tickets to OneGrid (12345, 12319, 110 diversion, the provincial
-- platform), how their category words map to the catalogue, and every ticket received, mapped or waiting for a
-- person to choose its class. A source's push-back target is a webhook subscriber, so that results go out through
-- the webhook outbox with its signing and retries.
CREATE TABLE hotline_source (
    code               text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name               text        NOT NULL,
    channel            text        NOT NULL,
    limit_amount       integer     NOT NULL CHECK (limit_amount > 0),
    limit_unit         text        NOT NULL CHECK (limit_unit IN ('HOURS', 'DAYS')),
    push_subscriber_id bigint REFERENCES webhook_subscriber (id) ON DELETE SET NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE hotline_mapping (
    source        text NOT NULL REFERENCES hotline_source (code) ON DELETE CASCADE,
    category_text text NOT NULL,
    kind          text NOT NULL,
    minor_code    text NOT NULL,
    PRIMARY KEY (source, category_text)
);

-- A ticket is TRIAGE until it has a case, then CASED; HANDED_BACK when returned to 110.
CREATE TABLE hotline_ticket (
    id            bigserial PRIMARY KEY,
    source        text        NOT NULL REFERENCES hotline_source (code),
    ticket_no     text        NOT NULL,
    request       jsonb       NOT NULL,
    category_text text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('TRIAGE', 'CASED', 'HANDED_BACK')),
    -- Why a person must choose: the words map to no class, the ticket has no point, or intake refused it.
    triage_reason text,
    case_id       bigint,
    reported_at   timestamptz NOT NULL,
    reply_due     timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    UNIQUE (source, ticket_no)
);

CREATE INDEX hotline_ticket_triage ON hotline_ticket (received_at) WHERE status = 'TRIAGE';
CREATE INDEX hotline_ticket_case ON hotline_ticket (case_id) WHERE case_id IS NOT NULL;

INSERT INTO hotline_source (code, name, channel, limit_amount, limit_unit, updated_at) VALUES
    ('12345', '12345 政务服务便民热线', 'HOTLINE_12345', 5, 'DAYS', now()),
    ('12319', '12319 城建服务热线', 'HOTLINE_12319', 5, 'DAYS', now()),
    ('110', '110 非警务警情分流', 'POLICE_110', 24, 'HOURS', now()),
    ('provincial', '省级平台', 'PROVINCIAL_PLATFORM', 5, 'DAYS', now());

-- Administrators manage sources and mappings and may send tickets; intake operators work the triage queue. The
-- hotline systems' own accounts get hotline:intake through /api/v1/roles.
UPDATE role SET permissions = array_append(permissions, 'hotline:manage')
WHERE code = 'admin' AND NOT 'hotline:manage' = ANY (permissions);

UPDATE role SET permissions = array_append(permissions, 'hotline:intake')
WHERE code = 'admin' AND NOT 'hotline:intake' = ANY (permissions);

UPDATE role SET permissions = array_append(permissions, 'hotline:triage')
WHERE code IN ('admin', 'intake-operator') AND NOT 'hotline:triage' = ANY (permissions);

-- Handing a 110 diversion back to 110 is the command centre's decision: administrators, shift leaders and intake
-- operators may take it.
UPDATE role SET permissions = array_append(permissions, 'case:hand-back')
WHERE code IN ('admin', 'shift-leader', 'intake-operator') AND NOT 'case:hand-back' = ANY (permissions);
