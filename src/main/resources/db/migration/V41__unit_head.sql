-- Every unit may name its head (负责人): when nobody is on duty for a case's unit, alerts go to its head.
ALTER TABLE org_unit ADD COLUMN head_person_id bigint REFERENCES person (id);
