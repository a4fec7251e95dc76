-- Area classes (A core / B / C general) by grid: a case takes the class of the deepest grid on its trail that has
-- one, so that time limits follow the place without the reporter having to know its class.
CREATE TABLE area_class_rule (
    layer_code text NOT NULL,
    grid_code  text NOT NULL,
    area_class text NOT NULL CHECK (area_class IN ('A', 'B', 'C')),
    PRIMARY KEY (layer_code, grid_code)
);

CREATE TRIGGER area_class_rule_stamp AFTER INSERT OR UPDATE OR DELETE ON area_class_rule
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
