-- Who reported each case, so that a reporter (a citizen, say) always sees their own cases.
ALTER TABLE cases ADD COLUMN reported_by text;
CREATE INDEX cases_reported_by ON cases (reported_by);
