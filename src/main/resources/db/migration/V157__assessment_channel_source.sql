-- A case taken in on a district's own channel is assessed under that channel, while the grids' and workers'
-- indicators keep reading the built-in channel whose rules it follows (patrol, or reported first by a citizen).
ALTER TABLE assessment_case ADD COLUMN source text;
