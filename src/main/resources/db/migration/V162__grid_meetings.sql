-- A standing meeting may be held by every grid of one level of a layer instead of by one unit (网格工作例会, each
-- convened by its grid's 网格长): the rule names the layer and the level, and each meeting it calls names its grid.
-- A rule and a meeting belong either to a unit or to a grid, never both.
ALTER TABLE meeting_rule ALTER COLUMN unit_code DROP NOT NULL;
ALTER TABLE meeting_rule ADD COLUMN layer_code TEXT;
ALTER TABLE meeting_rule ADD COLUMN level_name TEXT;
ALTER TABLE meeting_rule ADD CONSTRAINT meeting_rule_holder
  CHECK ((unit_code IS NULL) <> (layer_code IS NULL) AND (layer_code IS NULL) = (level_name IS NULL));
CREATE INDEX meeting_rule_level ON meeting_rule (layer_code, level_name) WHERE layer_code IS NOT NULL;

ALTER TABLE meeting ALTER COLUMN unit_code DROP NOT NULL;
ALTER TABLE meeting ADD COLUMN layer_code TEXT;
ALTER TABLE meeting ADD COLUMN grid_code TEXT;
ALTER TABLE meeting ADD CONSTRAINT meeting_holder
  CHECK ((unit_code IS NULL) <> (grid_code IS NULL) AND (layer_code IS NULL) = (grid_code IS NULL));
DROP INDEX meeting_rule_day;
CREATE UNIQUE INDEX meeting_rule_day ON meeting (rule_code, rule_day, COALESCE(layer_code, ''), COALESCE(grid_code, ''));
CREATE INDEX meeting_grid ON meeting (layer_code, grid_code, starts_at) WHERE grid_code IS NOT NULL;

-- The 网格长 calls the grid's meeting out of turn, reads it and writes its minutes.
UPDATE role SET permissions = array_append(permissions, 'meeting:call')
WHERE code = 'grid-chief' AND NOT 'meeting:call' = ANY (permissions);
UPDATE role SET permissions = array_append(permissions, 'meeting:read')
WHERE code = 'grid-chief' AND NOT 'meeting:read' = ANY (permissions);
