-- The big-screen dashboard (一屏观天下).

-- Its live feed: one row per thing a screen announces (a case reported, a case gone overdue, a case escalated),
-- written with the NOTIFY that tells every instance of it in the same transaction, and read back when a screen
-- reconnects and asks for what it missed. The key makes an event delivered twice one row. What decides who may see
-- the line (grid keys, departments, reporter) is kept beside it, so that a replay filters without reading cases.
-- Rows older than the feed's retention are deleted as new ones come in.
CREATE TABLE dashboard_feed (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         text        NOT NULL UNIQUE,
    kind        text        NOT NULL CHECK (kind IN ('REPORTED', 'OVERDUE', 'ESCALATED')),
    case_id     bigint      NOT NULL,
    at          timestamptz NOT NULL,
    grid_keys   text[]      NOT NULL,
    departments text[]      NOT NULL,
    reported_by text,
    item        jsonb       NOT NULL
);
CREATE INDEX dashboard_feed_at ON dashboard_feed (at);

-- The on-time rate counts the cases closed in a month.
CREATE INDEX cases_closed ON cases (closed_at) WHERE closed_at IS NOT NULL;

-- The command centre's roles watch the dashboard.
UPDATE role SET permissions = array_append(permissions, 'dashboard:read')
WHERE code IN ('intake-operator', 'shift-leader', 'dispatcher', 'leader', 'admin')
  AND NOT 'dashboard:read' = ANY (permissions);

-- Who is on patrol now reads the accepted check-ins of the last hour or so.
CREATE INDEX check_in_accepted_at ON check_in (at) WHERE accepted;
