-- A fourth tier below 一般: 轻微 matters that the smallest grid settles itself (微网格自管共管).
ALTER TABLE tier_closer DROP CONSTRAINT tier_closer_tier_check;
ALTER TABLE tier_closer ADD CONSTRAINT tier_closer_tier_check
    CHECK (tier IN ('MINOR', 'GENERAL', 'SERIOUS', 'MAJOR'));
ALTER TABLE catalogue_tier_level DROP CONSTRAINT catalogue_tier_level_tier_check;
ALTER TABLE catalogue_tier_level ADD CONSTRAINT catalogue_tier_level_tier_check
    CHECK (tier IN ('MINOR', 'GENERAL', 'SERIOUS', 'MAJOR'));
