-- The map reads the cases inside the box it shows (bbox); an index on the position keeps that a range scan however
-- many cases the district has.
CREATE INDEX cases_position ON cases (lat, lon);
