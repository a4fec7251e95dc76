-- The most working days a district lets any stage of a case run, where it is stricter than the installation: one
-- street's plan says no limit goes beyond 10 working days while the installation allows 15. The district is named by
-- its code, as the grid module keeps it.
CREATE TABLE catalogue_district_maximum
(
  district         TEXT PRIMARY KEY,
  max_working_days INT NOT NULL CHECK (max_working_days > 0)
);

-- A district's maximum is part of the catalogue that instances keep in memory and renew by its stamp.
CREATE TRIGGER catalogue_district_maximum_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_district_maximum
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
