-- The citizen's answer at the callback (回访) on each reported case, for the monthly course of satisfaction
-- (民意走向). Facts kept before this column came have none until the facts are made afresh from the cases.
ALTER TABLE analysis_report
  ADD COLUMN satisfaction TEXT CHECK (satisfaction IN ('SATISFIED', 'MOSTLY_SATISFIED', 'DISSATISFIED')),
  ADD COLUMN evaluated_at TIMESTAMPTZ,
  ADD CONSTRAINT analysis_report_evaluated CHECK ((satisfaction IS NULL) = (evaluated_at IS NULL));

-- Monthly answers per layer are read from here by the time of the answer.
CREATE INDEX analysis_report_evaluated ON analysis_report (layer, evaluated_at) WHERE evaluated_at IS NOT NULL;
