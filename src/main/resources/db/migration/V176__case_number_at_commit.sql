-- A new case takes its day's number as the last statement of the transaction that stores it, so that reports of one
-- day wait for one another only for the commit. The day's counter row is made (at 0, when the day has no number
-- given out yet) as the case is stored, and the case holds a provisional number (its negated id) until it is numbered.
ALTER TABLE case_number DROP CONSTRAINT case_number_last_check, ADD CONSTRAINT case_number_last_check CHECK (last >= 0);

-- No case is committed with its provisional number: checked when the transaction that stored it commits.
CREATE FUNCTION case_numbered() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM cases WHERE id = NEW.id AND day_number <= 0) THEN
        RAISE EXCEPTION 'case % was stored without its day''s number', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER cases_numbered AFTER INSERT ON cases DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION case_numbered();
