-- A case row (about 2 KB with its data) is rewritten at every step. Above 2 KB PostgreSQL would compress the data
-- column on every write, which cost more CPU than the rest of the update; rows now stay uncompressed and inline up
-- to a full page.
ALTER TABLE cases SET (toast_tuple_target = 8160);
