-- A notice may be about the person's own account (it was locked after wrong passwords) rather than about a case.
ALTER TABLE notification ALTER COLUMN case_id DROP NOT NULL;
