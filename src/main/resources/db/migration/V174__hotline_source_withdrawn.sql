-- A district may withdraw a hotline source it does not take tickets from (a district that keeps 110 out of its
-- merge, say). The source and its past tickets stay, so their results are still pushed back; new tickets are
-- refused. NULL means the source takes tickets.
ALTER TABLE hotline_source ADD COLUMN withdrawn_at timestamptz;
