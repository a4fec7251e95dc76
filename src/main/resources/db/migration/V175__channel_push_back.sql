-- Where the results of cases that came in on a channel, not as a hotline ticket, are pushed back: a district's own
-- platform or app that reports cases through the API hears what became of them, as a hotline source's system does.
-- The target is a webhook subscriber, so results travel signed and retried like every webhook.
CREATE TABLE channel_push_back (
    channel       text        PRIMARY KEY REFERENCES intake_channel (code) ON DELETE CASCADE,
    subscriber_id bigint      NOT NULL REFERENCES webhook_subscriber (id) ON DELETE CASCADE,
    updated_at    timestamptz NOT NULL
);
