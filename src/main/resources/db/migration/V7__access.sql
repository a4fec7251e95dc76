-- Sign-in accounts. A staff account points at its person (people module); a citizen account has none.
CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          text        NOT NULL UNIQUE,
    display_name      text        NOT NULL,
    password_hash     text        NOT NULL,
    roles             text[]      NOT NULL,
    person_id         bigint,
    enabled           boolean     NOT NULL DEFAULT true,
    failed_attempts   integer     NOT NULL DEFAULT 0,
    first_failure_at  timestamptz,
    locked_until      timestamptz,
    demo_password     boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL,
    password_set_at   timestamptz NOT NULL
);

-- Personal API tokens: only a hash is kept; the token itself is shown once.
CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES account (id),
    name         text        NOT NULL,
    token_hash   text        NOT NULL UNIQUE,
    prefix       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_token_account ON api_token (account_id);

-- Who did what, when, from where: sign-ins, permission and configuration changes, personal-data reads.
CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    target  text,
    ip      text,
    details jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
