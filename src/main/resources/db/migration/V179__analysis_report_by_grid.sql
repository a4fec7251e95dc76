-- An area's facts (a street's or a grid's, as its forecast and its open month read them) are found through their
-- grids, each grid's reports in time order, rather than by reading the whole layer's reports of the span and keeping
-- the area's. The category is carried along so that such a count reads the index alone.
CREATE INDEX analysis_report_grid ON analysis_report (layer, grid, reported_at) INCLUDE (minor_code);
