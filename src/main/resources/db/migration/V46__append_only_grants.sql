-- Only their owner may update, delete or truncate the append-only records, or hang triggers on them, whatever a
-- deployment grants on all tables (deploy/postgres/least-privilege.sql, or default privileges given before these
-- tables existed); and only the owner writes Flyway's history. Superusers are beyond any grant: for them the
-- triggers and the audit chain stand guard.
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT DISTINCT c.oid::regclass AS relation, coalesce(quote_ident(r.rolname), 'PUBLIC') AS grantee,
               CASE WHEN c.relname = 'flyway_schema_history' THEN 'INSERT, ' ELSE '' END
                   || 'UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER' AS privileges
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relname IN ('audit_log', 'case_timeline', 'flyway_schema_history')
          AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE %s ON %s FROM %s', g.privileges, g.relation, g.grantee);
    END LOOP;
END;
$$;
