-- The district profiles loaded into this installation: which bundle, at which version, loaded by whom and when.
-- The bundle's own files are kept as loaded, so that the parts OneGrid keeps only as their outcome (a duty rule
-- that became shifts, the reported unsupported section) can be given back by the export.
CREATE TABLE district_profile
(
  id               TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name             TEXT        NOT NULL,
  version          TEXT        NOT NULL,
  max_working_days INT         NOT NULL CHECK (max_working_days > 0),
  files            JSONB       NOT NULL,
  loaded_at        TIMESTAMPTZ NOT NULL,
  loaded_by        TEXT        NOT NULL
);

-- Loading a district profile rewrites the district's whole configuration, so it needs profile:load, which only
-- the system administrator's role receives: the roles that already manage people, the catalogue and accounts.
UPDATE role
SET permissions = array_append(permissions, 'profile:load')
WHERE 'people:manage' = ANY (permissions)
  AND 'catalogue:manage' = ANY (permissions)
  AND 'account:manage' = ANY (permissions)
  AND NOT ('profile:load' = ANY (permissions));
