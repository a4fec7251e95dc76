-- Those who take cases in and send them on may correct a case's point, which moves it to the grids that hold it
-- (重新定位); administrators may do everything.
UPDATE role SET permissions = array_append(permissions, 'case:relocate')
WHERE code IN ('intake-operator', 'shift-leader', 'dispatcher', 'admin') AND NOT permissions @> '{case:relocate}';
