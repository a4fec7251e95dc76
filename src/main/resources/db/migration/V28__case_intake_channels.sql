-- Who may report from which channel. Reporting from patrol (and self-handling what one fixed on the spot) needs
-- case:patrol, which the grid staff roles receive; entering a report from another system's channel (12345, 110,
-- video, a leader's instruction) needs case:declare-channel, which the intake operators receive. Administrators
-- (roles that manage both people and the catalogue, as 'admin' does) receive both. Citizens receive neither:
-- their reports come in on the citizen channel.
UPDATE role SET permissions = array_append(permissions, 'case:patrol')
WHERE (code IN ('grid-chief', 'full-time-worker', 'specialist-worker', 'optional-worker', 'supervisor')
       OR ('people:manage' = ANY (permissions) AND 'catalogue:manage' = ANY (permissions)))
  AND NOT ('case:patrol' = ANY (permissions));

UPDATE role SET permissions = array_append(permissions, 'case:declare-channel')
WHERE (code = 'intake-operator'
       OR ('people:manage' = ANY (permissions) AND 'catalogue:manage' = ANY (permissions)))
  AND NOT ('case:declare-channel' = ANY (permissions));
