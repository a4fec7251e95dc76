-- Least privilege for OneGrid on a PostgreSQL server of your own (15 to 17).
--
-- Run it as a superuser, connected to OneGrid's database, before OneGrid first starts there or at any time after;
-- running it again changes nothing. Then give both roles a password:
--
--   psql -U postgres -d onegrid -f deploy/postgres/least-privilege.sql
--   psql -U postgres -d onegrid -c '\password onegrid_owner' -c '\password onegrid_app'
--
-- onegrid_owner owns the schema and everything in it and runs the migrations: ONEGRID_DB_MIGRATION_USER and
-- ONEGRID_DB_MIGRATION_PASSWORD. onegrid_app is the role the application's connections use: ONEGRID_DB_USER and
-- ONEGRID_DB_PASSWORD. It reads and writes rows and nothing else: it cannot change the schema, and on the
-- append-only audit_log and case_timeline it may only read and insert. It reads Flyway's history but never writes it.
-- Upgrading OneGrid to a version whose migrations use a new extension: run this script again first.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onegrid_owner') THEN
        CREATE ROLE onegrid_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        CREATE ROLE onegrid_app LOGIN;
    END IF;
END;
$$;
ALTER ROLE onegrid_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE onegrid_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

-- Only the two roles connect; nobody else creates objects or temporary tables here.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO onegrid_owner, onegrid_app', current_database());
END;
$$;

-- The owner owns the schema, and whatever an earlier install created there as another role.
ALTER SCHEMA public OWNER TO onegrid_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$
DECLARE
    o record;
BEGIN
    FOR o IN
        SELECT c.oid::regclass AS relation,
               CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              ELSE 'TABLE' END AS kind
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND c.relowner <> 'onegrid_owner'::regrole
          -- a table's identity and serial sequences, and extensions' objects, follow their owner
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO onegrid_owner', o.kind, o.relation);
    END LOOP;
    FOR o IN
        SELECT p.oid::regprocedure AS routine
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND p.proowner <> 'onegrid_owner'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO onegrid_owner', o.routine);
    END LOOP;
END;
$$;

-- The extensions the migrations use, which only a superuser (or a database owner) may create: pg_trgm indexes the
-- case reports' addresses for search by any part of them.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- The application reads and writes rows of every table, now and in every table the migrations create later.
DO $$
BEGIN
    IF pg_has_role('onegrid_app', 'onegrid_owner', 'MEMBER') THEN
        REVOKE onegrid_owner FROM onegrid_app;
    END IF;
END;
$$;
GRANT USAGE ON SCHEMA public TO onegrid_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO onegrid_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onegrid_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO onegrid_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onegrid_owner IN SCHEMA public
    GRANT USAGE ON SEQUENCES TO onegrid_app;

-- Except: the append-only records it may only read and add to, and Flyway's history only read. (When these tables
-- do not exist yet, the migration V46 revokes the same once they do.)
DO $$
BEGIN
    IF to_regclass('public.audit_log') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.audit_log FROM onegrid_app;
    END IF;
    IF to_regclass('public.case_timeline') IS NOT NULL THEN
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.case_timeline FROM onegrid_app;
    END IF;
    IF to_regclass('public.flyway_schema_history') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.flyway_schema_history FROM onegrid_app;
    END IF;
END;
$$;
