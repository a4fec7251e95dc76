-- A case's number is its reporting day and its place in that day's sequence (20261122-000042), taken only when a
-- case is created, so that the day's numbers have no gaps: a retried report with a request id already used takes
-- none. The last number given out each day is kept in case_number, whose row the intake transaction updates.
CREATE TABLE case_number (
    day  date   PRIMARY KEY,
    last bigint NOT NULL CHECK (last > 0)
);

-- Cases stored before keep the number they were shown with, their id on their reporting day in the district's
-- default zone; the day's later cases continue after the highest of them.
ALTER TABLE cases ADD COLUMN number_day date, ADD COLUMN day_number bigint;
UPDATE cases SET number_day = (reported_at AT TIME ZONE 'Asia/Shanghai')::date, day_number = id;
INSERT INTO case_number (day, last) SELECT number_day, max(day_number) FROM cases GROUP BY number_day;
ALTER TABLE cases
    ALTER COLUMN number_day SET NOT NULL,
    ALTER COLUMN day_number SET NOT NULL,
    ADD CONSTRAINT cases_number UNIQUE (number_day, day_number),
    ADD CONSTRAINT cases_number_day FOREIGN KEY (number_day) REFERENCES case_number (day);

DROP VIEW case_row;
CREATE VIEW case_row AS
SELECT c.id, c.version, c.state, c.kind, c.minor_code, c.urgency, c.tier, c.light, c.next_light_at, c.deadline,
    c.handling_grid, c.departments, c.lon, c.lat, c.is_open, c.closed_at, c.updated_at, c.data, r.request_id,
    r.channel, r.grid_keys, r.reported_at, r.reported_by, r.report, c.number_day, c.day_number
FROM cases c JOIN case_report r ON r.id = c.id;
