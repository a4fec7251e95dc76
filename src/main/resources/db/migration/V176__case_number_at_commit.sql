-- A new case takes its day's number when the transaction that stores it commits, from a deferred trigger, so that the
-- day's counter row is locked only while PostgreSQL commits: reports of one day no longer wait for one another's
-- whole transaction, nor for the server between its last statement and its commit. The day's counter row is made
-- (at 0, when the day has no number given out yet) as the case is stored, and the case holds a provisional number
-- (its negated id), which no other transaction can see, until the trigger numbers it.
ALTER TABLE case_number DROP CONSTRAINT case_number_last_check, ADD CONSTRAINT case_number_last_check CHECK (last >= 0);

CREATE FUNCTION case_number_take() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    taken bigint;
BEGIN
    UPDATE case_number SET last = last + 1 WHERE day = NEW.number_day RETURNING last INTO taken;
    UPDATE cases SET day_number = taken WHERE id = NEW.id AND day_number < 0;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER cases_number_at_commit AFTER INSERT ON cases DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION case_number_take();
