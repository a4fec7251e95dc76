-- The grid levels that handle a case of each tier (一般 / 较大 / 重大), as the district's data: of a case's primary
-- trail, leaf first, the first grid at one of the tier's levels handles it. A tier without a row keeps the
-- installation's levels (onegrid.cases.tier-levels). Kept with the catalogue, so that every instance notices a change
-- by the catalogue's stamp.
CREATE TABLE catalogue_tier_level
(
  tier        TEXT        PRIMARY KEY CHECK (tier IN ('GENERAL', 'SERIOUS', 'MAJOR')),
  level_names TEXT[]      NOT NULL CHECK (cardinality(level_names) BETWEEN 1 AND 20),
  updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER catalogue_tier_level_stamp AFTER INSERT OR UPDATE OR DELETE ON catalogue_tier_level
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_stamp_bump();
