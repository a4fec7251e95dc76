-- 属地管理: what no department owns is the street's, so a street (or community) needs its own handlers, who sign
-- for, handle and feed back on the cases sent to its grid's platform. They act over their unit, as a department's
-- handlers act over their department.
INSERT INTO role (code, name_zh, name_en, scope, permissions)
VALUES ('territorial-handler', '属地处置人员', 'Territorial handler', 'UNIT',
        '{case:read,case:sign,case:return,case:feedback,case:assist-feedback,case:request-postponement,case:request-suspension,case:answer-supervision,grid:read}')
ON CONFLICT (code) DO NOTHING;
