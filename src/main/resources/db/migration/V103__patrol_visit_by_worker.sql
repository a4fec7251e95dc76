-- A worker's own patrol coverage reads the visits of one worker over a period.
CREATE INDEX patrol_visit_by_worker ON patrol_visit (worker_id, day);
