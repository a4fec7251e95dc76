-- The case catalogue a district configures: categories (大类 → 小类), their time limits, urgency factors, and the
-- responsibility matrix (权责清单). All of it is data the district edits through /api/v1/catalogue.

CREATE TABLE catalogue_major_class
(
  kind    TEXT NOT NULL CHECK (kind IN ('COMPONENT', 'EVENT')),
  code    TEXT NOT NULL CHECK (code ~ '^[0-9]{2}$'),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  PRIMARY KEY (kind, code)
);

CREATE TABLE catalogue_minor_class
(
  kind               TEXT NOT NULL,
  code               TEXT NOT NULL CHECK (code ~ '^[0-9]{4}$'),
  major_code         TEXT NOT NULL GENERATED ALWAYS AS (substr(code, 1, 2)) STORED,
  name_zh            TEXT NOT NULL,
  name_en            TEXT NOT NULL,
  filing_condition   TEXT NOT NULL,
  closing_condition  TEXT NOT NULL,
  default_department TEXT,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, code),
  FOREIGN KEY (kind, major_code) REFERENCES catalogue_major_class (kind, code)
);

-- A stage's limit for one area class, or for every area class when area_class is '*'.
CREATE TABLE catalogue_time_limit
(
  kind       TEXT NOT NULL,
  code       TEXT NOT NULL,
  stage      TEXT NOT NULL CHECK (stage IN ('ACCEPT', 'DISPATCH', 'HANDLE', 'CHECK')),
  area_class TEXT NOT NULL CHECK (area_class IN ('*', 'A', 'B', 'C')),
  amount     INT NOT NULL CHECK (amount > 0),
  unit       TEXT NOT NULL CHECK (unit IN ('DAYS', 'HOURS')),
  PRIMARY KEY (kind, code, stage, area_class),
  FOREIGN KEY (kind, code) REFERENCES catalogue_minor_class (kind, code) ON DELETE CASCADE
);

-- How much of a limit each urgency leaves, e.g. 0.25 for 特急.
CREATE TABLE catalogue_urgency
(
  urgency TEXT PRIMARY KEY CHECK (urgency IN ('CRITICAL', 'URGENT', 'ELEVATED', 'NORMAL')),
  factor  NUMERIC(5, 4) NOT NULL CHECK (factor > 0 AND factor <= 1)
);

-- 权责清单: a category (minor class, or a whole major class) in a grid subtree (or a whole layer when grid_code is
-- NULL) belongs to a lead department, with optional assisting departments.
CREATE TABLE responsibility_rule
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind                  TEXT NOT NULL CHECK (kind IN ('COMPONENT', 'EVENT')),
  category_code         TEXT NOT NULL CHECK (category_code ~ '^[0-9]{2}([0-9]{2})?$'),
  layer_code            TEXT NOT NULL,
  grid_code             TEXT,
  lead_department       TEXT NOT NULL,
  assisting_departments TEXT[] NOT NULL DEFAULT '{}',
  note                  TEXT,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE NULLS NOT DISTINCT (kind, category_code, layer_code, grid_code)
);

CREATE INDEX responsibility_rule_by_category ON responsibility_rule (kind, category_code);
