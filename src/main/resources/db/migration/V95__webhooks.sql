-- Outbound webhooks: the systems that asked to hear of case events, and one outbox row per event and subscriber.
-- The secret signs every delivery, so it is kept as given (it cannot be hashed); the API shows it only once.
CREATE TABLE webhook_subscriber (
    id          bigserial PRIMARY KEY,
    url         text        NOT NULL,
    secret      text        NOT NULL,
    event_types text[]      NOT NULL,
    -- 'layer:grid' keys; empty means every case in the district.
    grid_keys   text[]      NOT NULL DEFAULT '{}',
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- A delivery is PENDING until a 2xx answer (DELIVERED) or its last attempt (DEAD); an administrator may put a dead
-- one back to PENDING. A sweep leases a row (lease_until) while it sends it, so no two instances send it at once.
CREATE TABLE webhook_delivery (
    id              bigserial PRIMARY KEY,
    subscriber_id   bigint      NOT NULL REFERENCES webhook_subscriber (id) ON DELETE CASCADE,
    -- The id the subscriber deduplicates by; event_key names the event itself, so that an event the registry
    -- hands over again adds no second row.
    event_id        uuid        NOT NULL,
    event_key       text        NOT NULL,
    event_type      text        NOT NULL,
    case_id         bigint      NOT NULL,
    occurred_at     timestamptz NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_until     timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (subscriber_id, event_key)
);

-- What the sweep probes and claims: pending rows by due time, and each subscriber's oldest pending row.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_head ON webhook_delivery (subscriber_id, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_listing ON webhook_delivery (subscriber_id, status, id);

-- Administrators manage the subscribers; other roles get it only when a district grants it through /api/v1/roles.
UPDATE role SET permissions = array_append(permissions, 'webhook:manage')
WHERE code = 'admin' AND NOT 'webhook:manage' = ANY (permissions);
