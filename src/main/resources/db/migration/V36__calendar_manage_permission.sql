-- Loading holiday schedules and editing single days of the working calendar needs calendar:manage. The
-- administrator roles already in a database (those that manage both roles and the catalogue, as the default
-- 'admin' does) receive it; other roles get it only when a district grants it through /api/v1/roles.
UPDATE role
SET permissions = array_append(permissions, 'calendar:manage')
WHERE 'people:manage' = ANY (permissions)
  AND 'catalogue:manage' = ANY (permissions)
  AND NOT ('calendar:manage' = ANY (permissions));
