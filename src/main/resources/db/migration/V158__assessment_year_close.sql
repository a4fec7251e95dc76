-- A year is closed like a month: its figures and scores are published as revisions under the year's label (2026)
-- beside the months' (2026-11), so that a published yearly ranking never changes silently either.
ALTER TABLE assessment_revision DROP CONSTRAINT assessment_revision_month_check;
ALTER TABLE assessment_revision ADD CONSTRAINT assessment_revision_month_check
    CHECK (month ~ '^[0-9]{4}(-[0-9]{2})?$');
