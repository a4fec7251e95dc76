-- Reading the staff directory, rosters and grid layers, and administering accounts and the audit log, become
-- permissions of their own, so that every endpoint names the permission it needs and a district can grant them.
-- Staff roles read grids; command roles read the staff directory and rosters; citizens read none of them.
UPDATE role SET permissions = array_append(permissions, 'grid:read')
WHERE code <> 'citizen' AND NOT 'grid:read' = ANY (permissions);

UPDATE role SET permissions = array_append(permissions, 'people:read')
WHERE code IN ('grid-chief', 'intake-operator', 'shift-leader', 'dispatcher', 'leader', 'admin')
  AND NOT 'people:read' = ANY (permissions);

UPDATE role SET permissions = array_append(permissions, 'roster:read')
WHERE code IN ('grid-chief', 'intake-operator', 'shift-leader', 'dispatcher', 'leader', 'admin')
  AND NOT 'roster:read' = ANY (permissions);

UPDATE role SET permissions = permissions || ARRAY['account:manage', 'audit:read']
WHERE code = 'admin' AND NOT 'account:manage' = ANY (permissions);
