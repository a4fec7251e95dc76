-- A district's own time limits for a minor class, where they differ from the installation's catalogue: one
-- street handles a blocked drain in 1 working day where its neighbour takes 3. A stage the district does not name
-- keeps the catalogue's limit. A district's limit holds in every area class. The district is named by its code, as
-- the grid module keeps it.
CREATE TABLE catalogue_district_limit
(
  district TEXT NOT NULL,
  kind     TEXT NOT NULL,
  code     TEXT NOT NULL,
  stage    TEXT NOT NULL CHECK (stage IN ('ACCEPT', 'DISPATCH', 'HANDLE', 'CHECK')),
  amount   INT NOT NULL CHECK (amount > 0),
  unit     TEXT NOT NULL CHECK (unit IN ('DAYS', 'HOURS')),
  PRIMARY KEY (district, kind, code, stage),
  FOREIGN KEY (kind, code) REFERENCES catalogue_minor_class (kind, code) ON DELETE CASCADE
);

-- Instances keep the catalogue in memory and notice a change by its stamp; a district's limits are part of it.
CREATE TRIGGER catalogue_district_limit_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_district_limit
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
