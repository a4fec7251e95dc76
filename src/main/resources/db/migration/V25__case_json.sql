-- Cases are written by two prepared statements (CaseStatements) instead of the batch function case_store, which
-- is dropped. A case's data and report are stored as json: only the application reads them, whole, and json keeps
-- the text as given, where jsonb would have the server rebuild and sort every document at every step, which was
-- the largest part of a step's cost in the database. The reporting-time index of cases served nothing any more
-- (searches page by case_report's), and cost an index entry at every step.
DROP FUNCTION case_store(jsonb);
DROP INDEX cases_reported;
DROP VIEW case_row;

ALTER TABLE cases ALTER COLUMN data TYPE json USING data::json;
ALTER TABLE case_report ALTER COLUMN report TYPE json USING report::json;

CREATE VIEW case_row AS
SELECT c.id, c.version, c.state, c.kind, c.minor_code, c.urgency, c.tier, c.light, c.next_light_at, c.deadline,
    c.handling_grid, c.departments, c.lon, c.lat, c.is_open, c.closed_at, c.updated_at, c.data, r.request_id,
    r.channel, r.grid_keys, r.reported_at, r.reported_by, r.report
FROM cases c JOIN case_report r ON r.id = c.id;

-- The timeline is history, appended only by the statement that writes its case in the same statement, as
-- Flowable keeps its history tables without foreign keys: checking each new entry against its case took about a
-- tenth of a step's time in the database.
ALTER TABLE case_timeline DROP CONSTRAINT case_timeline_case_id_fkey;
