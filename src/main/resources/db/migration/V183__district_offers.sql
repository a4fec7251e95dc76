-- The services a district served offers its citizens and outside clients (Open311's service list for its
-- jurisdiction_id): a choice from the installation's catalogue. A district with no row here offers the whole
-- catalogue. The district is named by its code, as the grid module keeps it; a class that leaves the catalogue
-- leaves every offer with it.
CREATE TABLE catalogue_district_offer
(
  district TEXT NOT NULL,
  kind     TEXT NOT NULL,
  code     TEXT NOT NULL,
  PRIMARY KEY (district, kind, code),
  FOREIGN KEY (kind, code) REFERENCES catalogue_minor_class (kind, code) ON DELETE CASCADE
);
