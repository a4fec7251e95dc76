-- A layer may have one team template per level, e.g. a station head's post at each village above the grid teams.
-- A template stored without a level keeps meaning what it meant before: it applies to the layer's leaf grids.
ALTER TABLE team_template_slot DROP CONSTRAINT team_template_slot_layer_code_fkey;
ALTER TABLE team_template_slot DROP CONSTRAINT team_template_slot_pkey;
ALTER TABLE team_template DROP CONSTRAINT team_template_pkey;
ALTER TABLE team_template ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE UNIQUE INDEX team_template_per_level ON team_template (layer_code, COALESCE(level_name, ''));

ALTER TABLE team_template_slot ADD COLUMN template_id BIGINT REFERENCES team_template (id) ON DELETE CASCADE;
UPDATE team_template_slot s SET template_id = t.id FROM team_template t WHERE t.layer_code = s.layer_code;
ALTER TABLE team_template_slot ALTER COLUMN template_id SET NOT NULL;
ALTER TABLE team_template_slot DROP COLUMN layer_code;
ALTER TABLE team_template_slot ADD PRIMARY KEY (template_id, ordinal);
