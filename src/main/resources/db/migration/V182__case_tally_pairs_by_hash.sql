-- The tally trigger pairs each updated case's old and new rows. A session plans that statement once and keeps the
-- plan; it is usually first planned for an update of one case, when comparing every old row with every new one is
-- cheapest, and the same plan then serves a light sweep's batch of thousands: 5,000 cases are 25 million pairs, about
-- twelve seconds a batch. Without nested loops the rows are paired by hashing their ids, whatever number of rows the
-- plan was made for.
ALTER FUNCTION case_tally_changed() SET enable_nestloop = off;
