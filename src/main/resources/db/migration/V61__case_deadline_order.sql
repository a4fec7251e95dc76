-- Work queues list open cases by the nearest deadline first, resuming after the last case shown.
CREATE INDEX cases_open_by_deadline ON cases (deadline, id) WHERE is_open;
