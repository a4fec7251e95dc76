-- Feeds of changes (Open311's service request updates) read the timeline by the time of each step.
CREATE INDEX case_timeline_at ON case_timeline (at);
