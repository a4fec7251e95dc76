-- The channels a district served takes cases in on, where it names them: one street's plan folds every hotline into
-- 12345 and has no 110 diversion, while its neighbour takes both. A district with no row here takes cases on every
-- channel. The district is named by its code, as the grid module keeps it; a channel removed leaves every district.
CREATE TABLE intake_district_channel
(
  district TEXT NOT NULL,
  channel  TEXT NOT NULL REFERENCES intake_channel (code) ON DELETE CASCADE,
  PRIMARY KEY (district, channel)
);
