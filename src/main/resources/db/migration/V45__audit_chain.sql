-- The audit log becomes a hash chain, so that a row changed, removed or inserted behind the database's back (by a
-- superuser with the triggers off, or on the files) shows: each row keeps the hash of the row before it and its own
-- hash over that and its fields. AuditChain walks the chain and names the first row that does not fit.

-- The text a row's hash covers: every field as its length in bytes, a colon and its value, or '-' when it is
-- absent, so that no two rows share a text; the time as microseconds since 1970, whatever the session's time zone;
-- the details as PostgreSQL writes jsonb, which is canonical.
CREATE FUNCTION audit_log_canonical(id bigint, at timestamptz, actor text, action text, target text, ip text,
                                    details jsonb) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(CASE WHEN field IS NULL THEN '-' ELSE octet_length(field) || ':' || field END, '' ORDER BY n)
    FROM unnest(ARRAY[id::text, ((extract(epoch FROM at) * 1000000)::bigint)::text, actor, action, target, ip,
                      details::text]) WITH ORDINALITY AS fields (field, n)
$$;

-- A row's hash: SHA-256 of the previous row's hash (nothing for the first row) followed by the row's text in UTF-8.
CREATE FUNCTION audit_log_hash(prev_hash bytea, canonical text) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(coalesce(prev_hash, ''::bytea) || convert_to(canonical, 'UTF8'))
$$;

ALTER TABLE audit_log ADD COLUMN prev_hash bytea, ADD COLUMN row_hash bytea;

-- Ids are given out by the chaining trigger under its lock rather than by an identity default, which is drawn
-- before any trigger runs: so that id order is chain order however many sessions write at once.
ALTER TABLE audit_log ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
SELECT setval('audit_log_id_seq', coalesce(max(id), 0) + 1, false) FROM audit_log;

-- The rows already written join the chain in id order. This is the only update the log ever takes.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
DO $$
DECLARE
    r    record;
    prev bytea;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log
        SET prev_hash = prev,
            row_hash = audit_log_hash(prev, audit_log_canonical(r.id, r.at, r.actor, r.action, r.target, r.ip,
                                                                r.details))
        WHERE id = r.id
        RETURNING row_hash INTO prev;
    END LOOP;
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;
ALTER TABLE audit_log ALTER COLUMN row_hash SET NOT NULL;

-- One successor per row, and one first row: a session that read a stale head (under REPEATABLE READ, say) fails
-- instead of forking the chain.
CREATE UNIQUE INDEX audit_log_prev_hash ON audit_log (prev_hash) NULLS NOT DISTINCT;

-- Every new row takes the next id and links to the newest row. The transaction-level advisory lock (a fixed key of
-- OneGrid's own) makes sessions that write the log take turns, from their audit insert until they commit.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(4751023988061042001);
    NEW.id := nextval('audit_log_id_seq');
    NEW.prev_hash := (SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1);
    NEW.row_hash := audit_log_hash(NEW.prev_hash,
            audit_log_canonical(NEW.id, NEW.at, NEW.actor, NEW.action, NEW.target, NEW.ip, NEW.details));
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
