-- The facts counted once they are sealed: up to the seal, the cases reported and the callback answers given per grid,
-- month and category, and per layer, day and category, each counted in the month or day of the district's zone
-- where it fell. What is not yet sealed, today, is counted from the facts themselves. A fact written, changed or
-- removed later in a sealed span is folded into these counts in its own transaction, so they always equal a count of
-- the facts; today's reports never touch them, so intake has no shared row to wait on.
CREATE TABLE analysis_month_seal
(
  only_row     BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
  zone         TEXT        NOT NULL,
  -- The first instant not counted here, a month's first instant in the zone.
  sealed_until TIMESTAMPTZ NOT NULL
);

CREATE TABLE analysis_month_grid
(
  layer        TEXT NOT NULL,
  grid         TEXT NOT NULL,
  month        DATE NOT NULL,
  minor_code   TEXT NOT NULL,
  reported     INT  NOT NULL,
  satisfied    INT  NOT NULL,
  dissatisfied INT  NOT NULL,
  -- An area's months are read from this index alone, its grids' entries side by side, however the rows lie.
  PRIMARY KEY (layer, grid, month, minor_code) INCLUDE (reported, satisfied, dissatisfied)
);

CREATE TABLE analysis_day_layer
(
  layer        TEXT NOT NULL,
  day          DATE NOT NULL,
  minor_code   TEXT NOT NULL,
  reported     INT  NOT NULL,
  satisfied    INT  NOT NULL,
  dissatisfied INT  NOT NULL,
  PRIMARY KEY (layer, day, minor_code)
);

CREATE FUNCTION analysis_month_put(p_layer TEXT, p_grid TEXT, p_minor TEXT, p_day DATE, p_reported INT,
                                   p_satisfied INT, p_dissatisfied INT) RETURNS void
  LANGUAGE sql AS
$$
INSERT INTO analysis_month_grid AS m
VALUES (p_layer, p_grid, date_trunc('month', p_day)::date, p_minor, p_reported, p_satisfied, p_dissatisfied)
ON CONFLICT (layer, grid, month, minor_code) DO UPDATE
  SET reported = m.reported + excluded.reported, satisfied = m.satisfied + excluded.satisfied,
      dissatisfied = m.dissatisfied + excluded.dissatisfied;
INSERT INTO analysis_day_layer AS m VALUES (p_layer, p_day, p_minor, p_reported, p_satisfied, p_dissatisfied)
ON CONFLICT (layer, day, minor_code) DO UPDATE
  SET reported = m.reported + excluded.reported, satisfied = m.satisfied + excluded.satisfied,
      dissatisfied = m.dissatisfied + excluded.dissatisfied;
$$;

-- Adds (sign 1) or takes away (sign -1) what one fact counts in the sealed months.
CREATE FUNCTION analysis_month_count(r analysis_report, sign INT, seal analysis_month_seal) RETURNS void
  LANGUAGE plpgsql AS
$$
BEGIN
  IF r.reported_at < seal.sealed_until THEN
    PERFORM analysis_month_put(r.layer, r.grid, r.minor_code,
                               (r.reported_at AT TIME ZONE seal.zone)::date, sign, 0, 0);
  END IF;
  IF r.evaluated_at < seal.sealed_until THEN
    PERFORM analysis_month_put(r.layer, r.grid, r.minor_code,
                               (r.evaluated_at AT TIME ZONE seal.zone)::date, 0,
                               CASE WHEN r.satisfaction <> 'DISSATISFIED' THEN sign ELSE 0 END,
                               CASE WHEN r.satisfaction = 'DISSATISFIED' THEN sign ELSE 0 END);
  END IF;
END;
$$;

CREATE FUNCTION analysis_month_follow() RETURNS trigger
  LANGUAGE plpgsql AS
$$
DECLARE
  seal analysis_month_seal;
BEGIN
  SELECT * INTO seal FROM analysis_month_seal;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM analysis_month_count(OLD, -1, seal);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM analysis_month_count(NEW, 1, seal);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER analysis_month_insert AFTER INSERT OR DELETE ON analysis_report
  FOR EACH ROW EXECUTE FUNCTION analysis_month_follow();

CREATE TRIGGER analysis_month_update AFTER UPDATE OF layer, grid, minor_code, reported_at, satisfaction, evaluated_at
  ON analysis_report FOR EACH ROW
  WHEN ((OLD.layer, OLD.grid, OLD.minor_code, OLD.reported_at, OLD.satisfaction, OLD.evaluated_at)
    IS DISTINCT FROM (NEW.layer, NEW.grid, NEW.minor_code, NEW.reported_at, NEW.satisfaction, NEW.evaluated_at))
  EXECUTE FUNCTION analysis_month_follow();

-- Emptying the facts empties the sealed months with them; they are sealed again from whatever facts come.
CREATE FUNCTION analysis_month_forget() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  DELETE FROM analysis_month_seal;
  DELETE FROM analysis_month_grid;
  DELETE FROM analysis_day_layer;
  RETURN NULL;
END;
$$;

CREATE TRIGGER analysis_month_truncate AFTER TRUNCATE ON analysis_report
  FOR EACH STATEMENT EXECUTE FUNCTION analysis_month_forget();
