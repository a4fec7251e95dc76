-- One number that grows with every change to the catalogue, so that instances can keep it in memory and notice
-- changes made elsewhere with one tiny query.
CREATE TABLE catalogue_stamp (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO catalogue_stamp VALUES (1, 0);

CREATE FUNCTION catalogue_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_stamp SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalogue_minor_class_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_minor_class
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
CREATE TRIGGER catalogue_time_limit_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_time_limit
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
CREATE TRIGGER catalogue_urgency_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_urgency
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
CREATE TRIGGER responsibility_rule_stamp AFTER INSERT OR UPDATE OR DELETE ON responsibility_rule
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
