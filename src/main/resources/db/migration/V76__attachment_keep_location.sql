-- Photos keep their GPS position only when the uploader's role holds attachment:keep-location. The command-centre
-- roles that place cases from the photos they are sent (intake operators, shift leaders, dispatchers) and the
-- administrator receive it; everyone else's photos lose their position when they are uploaded.
UPDATE role SET permissions = array_append(permissions, 'attachment:keep-location')
WHERE code IN ('intake-operator', 'shift-leader', 'dispatcher', 'admin')
  AND NOT 'attachment:keep-location' = ANY (permissions);
