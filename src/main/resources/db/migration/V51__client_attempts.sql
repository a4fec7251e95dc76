-- Sign-ins, token requests and password changes counted per client address and fixed time window, shared by every
-- instance: one row per address and window, counted up by one upsert; the first call of a new window deletes the
-- rows of windows that have ended.
CREATE TABLE client_attempts (
    client       TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    attempts     INT         NOT NULL,
    PRIMARY KEY (client, window_start)
);

CREATE INDEX client_attempts_window_start ON client_attempts (window_start);
