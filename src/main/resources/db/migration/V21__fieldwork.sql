-- Field work (issue 4): check-ins (打卡签到), patrol tracks (巡查轨迹) and the rollups read by dashboards.

-- Every check-in attempt, accepted or refused, for attendance. lon/lat are WGS-84 after conversion.
CREATE TABLE check_in
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  worker_id   BIGINT NOT NULL REFERENCES person (id),
  layer_code  TEXT NOT NULL,
  grid_code   TEXT NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  lon         DOUBLE PRECISION NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  crs         TEXT NOT NULL,
  distance_m  DOUBLE PRECISION,
  accepted    BOOLEAN NOT NULL,
  reason      TEXT
);

CREATE INDEX check_in_by_worker ON check_in (worker_id, at);

-- A worker's track for one UTC hour: a sequence of encoded segments (see TrackCodec), appended by each upload and
-- compacted into one sorted, duplicate-free segment later. Not one row per point.
CREATE TABLE patrol_track
(
  worker_id   BIGINT NOT NULL REFERENCES person (id),
  hour        TIMESTAMP WITH TIME ZONE NOT NULL,
  point_count INT NOT NULL,
  segments    INT NOT NULL,
  points      BYTEA NOT NULL,
  PRIMARY KEY (worker_id, hour)
);

CREATE INDEX patrol_track_by_hour ON patrol_track (hour);

-- Each worker's latest known point (by point time, not arrival time).
CREATE TABLE worker_position
(
  worker_id BIGINT PRIMARY KEY REFERENCES person (id),
  at        TIMESTAMP WITH TIME ZONE NOT NULL,
  lon       DOUBLE PRECISION NOT NULL,
  lat       DOUBLE PRECISION NOT NULL,
  accuracy  REAL
);

-- Rollup for patrol coverage: a worker was in this (leaf) grid on this local day, by track or accepted check-in.
CREATE TABLE patrol_visit
(
  layer_code TEXT NOT NULL,
  grid_code  TEXT NOT NULL,
  day        DATE NOT NULL,
  worker_id  BIGINT NOT NULL REFERENCES person (id),
  PRIMARY KEY (layer_code, day, grid_code, worker_id)
);
