-- Handlers may send on a matter spanning platforms when their department coordinates such matters (协调转派);
-- administrators may do everything.
UPDATE role SET permissions = array_append(permissions, 'case:coordinate')
WHERE code IN ('handler', 'admin') AND NOT permissions @> '{case:coordinate}';
