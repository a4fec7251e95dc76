-- A search of one kind or class (大类, 小类) takes its total from the kept counts of that class alone. Ordered by
-- dimension before day, in byte order so that a class code's prefix is one range, a class's counts over three years
-- are read together (one row a day), instead of being picked out of every class's rows of every day, and with their
-- counts beside them, from the index alone.
CREATE INDEX case_tally_by_dimension ON case_tally (scope_key, measure, dimension COLLATE "C", day) INCLUDE (n);
