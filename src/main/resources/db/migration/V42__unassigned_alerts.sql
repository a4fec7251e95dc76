-- An alert that reached nobody (no one on duty, no head with an account) waits in the command centre's queue until
-- someone takes it; it is never dropped.
CREATE TABLE unassigned_alert (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL,
    kind        text        NOT NULL,
    message     text        NOT NULL,
    event_key   text        NOT NULL UNIQUE,
    layer_code  text,
    grid_code   text,
    unit_code   text,
    created_at  timestamptz NOT NULL,
    resolved_at timestamptz,
    resolved_by text
);
CREATE INDEX unassigned_alert_open ON unassigned_alert (created_at DESC) WHERE resolved_at IS NULL;

UPDATE role SET permissions = array_append(permissions, 'alert:manage')
WHERE code IN ('shift-leader', 'dispatcher', 'leader', 'admin') AND NOT 'alert:manage' = ANY (permissions);
