-- An operator on the phone types part of an address and is shown the places earlier cases were reported at: the
-- reports' addresses are searched for any part of their text, so they carry a trigram index. pg_trgm is a trusted
-- extension: a role with CREATE on the database may create it; where the migrating role may not,
-- deploy/postgres/least-privilege.sql creates it beforehand, and then this finds it there.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX case_report_address_trgm ON case_report USING gin ((report ->> 'address') gin_trgm_ops);
