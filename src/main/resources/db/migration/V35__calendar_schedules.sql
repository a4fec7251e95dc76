-- The working calendar's data besides the holiday-cn files shipped with OneGrid: yearly schedules loaded by an
-- administrator (each replaces the shipped file of its year) and single-day exceptions, which override both.

CREATE TABLE calendar_year
(
  year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
  format    TEXT        NOT NULL CHECK (format IN ('holiday-cn', 'list', 'lines')),
  papers    JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(papers) = 'array'),
  loaded_at TIMESTAMPTZ NOT NULL,
  loaded_by TEXT        NOT NULL
);

-- The dates a loaded schedule names: its own year's, or the December before and January after it for a holiday
-- that spans New Year.
CREATE TABLE calendar_year_day
(
  year    INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
  day     DATE    NOT NULL,
  off_day BOOLEAN NOT NULL,
  name    TEXT CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (year, day),
  CHECK (day BETWEEN make_date(year - 1, 12, 1) AND make_date(year + 1, 1, 31))
);

CREATE TABLE calendar_exception
(
  day         DATE PRIMARY KEY,
  working_day BOOLEAN     NOT NULL,
  name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  changed_at  TIMESTAMPTZ NOT NULL,
  changed_by  TEXT        NOT NULL
);

-- Counts every change to the two tables above, so that each instance can tell cheaply when to reload them; every
-- change updates this one row in its transaction, which also puts concurrent changes one after the other.
CREATE TABLE calendar_revision
(
  singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  revision  BIGINT NOT NULL
);

INSERT INTO calendar_revision (singleton, revision) VALUES (TRUE, 0);
