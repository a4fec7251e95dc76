-- A case's documents are jsonb again, so that the database can read them, and every timeline entry belongs to a
-- case that exists: the foreign key V25 dropped is back. Each write is a plain transaction of the case row, its
-- timeline entries and its events (see CaseWriter).
DROP VIEW case_row;

ALTER TABLE cases ALTER COLUMN data TYPE jsonb USING data::jsonb;
ALTER TABLE case_report ALTER COLUMN report TYPE jsonb USING report::jsonb;

CREATE VIEW case_row AS
SELECT c.id, c.version, c.state, c.kind, c.minor_code, c.urgency, c.tier, c.light, c.next_light_at, c.deadline,
    c.handling_grid, c.departments, c.lon, c.lat, c.is_open, c.closed_at, c.updated_at, c.data, r.request_id,
    r.channel, r.grid_keys, r.reported_at, r.reported_by, r.report
FROM cases c JOIN case_report r ON r.id = c.id;

ALTER TABLE case_timeline ADD CONSTRAINT case_timeline_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id);

-- A new case's id comes from the database when its report is stored, from the sequence of the case ids.
DO $$
BEGIN
    EXECUTE format('ALTER TABLE case_report ALTER COLUMN id SET DEFAULT nextval(%L)',
        pg_get_serial_sequence('cases', 'id'));
END;
$$;
