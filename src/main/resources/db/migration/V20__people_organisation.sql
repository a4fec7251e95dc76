-- The organisation behind the grids (issue 4): units, departments and the four platforms as dispatch targets,
-- roles with their permissions as data, staff, grid teams with their templates, and the 7×24 duty roster.
-- Grids belong to the grid module and are replaced wholesale on import, so grid references here are plain codes.

CREATE TABLE org_unit
(
  code        TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('DISTRICT', 'STREET', 'AREA', 'COMMUNITY', 'CENTRE', 'SUB_CENTRE',
                                            'STATION')),
  parent_code TEXT REFERENCES org_unit (code),
  layer_code  TEXT,
  grid_code   TEXT,
  generated   BOOLEAN NOT NULL DEFAULT FALSE,
  CHECK ((layer_code IS NULL) = (grid_code IS NULL))
);

CREATE INDEX org_unit_by_parent ON org_unit (parent_code);

CREATE TABLE department
(
  code      TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name_zh   TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  unit_code TEXT REFERENCES org_unit (code)
);

-- Seed 004's 四平台: a named group of departments that can be a dispatch target of its own.
CREATE TABLE platform
(
  code    TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL
);

CREATE TABLE platform_department
(
  platform_code   TEXT NOT NULL REFERENCES platform (code) ON DELETE CASCADE,
  department_code TEXT NOT NULL REFERENCES department (code),
  PRIMARY KEY (platform_code, department_code)
);

CREATE TABLE role
(
  code        TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('GRID', 'DEPARTMENT', 'UNIT', 'ALL')),
  permissions TEXT[] NOT NULL DEFAULT '{}'
);

CREATE TABLE person
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name            TEXT NOT NULL,
  phone           TEXT,
  unit_code       TEXT NOT NULL REFERENCES org_unit (code),
  department_code TEXT REFERENCES department (code),
  generated       BOOLEAN NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX person_by_unit ON person (unit_code);

CREATE TABLE person_role
(
  person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role_code TEXT NOT NULL REFERENCES role (code),
  PRIMARY KEY (person_id, role_code)
);

-- A person serving a grid in a role; many people per grid and many grids per person (一格多人, 一人多格).
CREATE TABLE grid_team_member
(
  layer_code TEXT NOT NULL,
  grid_code  TEXT NOT NULL,
  person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role_code  TEXT NOT NULL REFERENCES role (code),
  PRIMARY KEY (layer_code, grid_code, person_id, role_code)
);

CREATE INDEX grid_team_member_by_person ON grid_team_member (person_id);

-- What a complete team of a layer's grids looks like, e.g. seed 001's 1+1+1+5+X.
CREATE TABLE team_template
(
  layer_code TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  level_name TEXT
);

CREATE TABLE team_template_slot
(
  layer_code      TEXT NOT NULL REFERENCES team_template (layer_code) ON DELETE CASCADE,
  ordinal         INT NOT NULL,
  role_code       TEXT NOT NULL REFERENCES role (code),
  department_code TEXT REFERENCES department (code),
  min_count       INT NOT NULL CHECK (min_count >= 0),
  PRIMARY KEY (layer_code, ordinal)
);

-- One person on duty for a unit in a role, over [starts_at, ends_at).
CREATE TABLE duty_shift
(
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_code TEXT NOT NULL REFERENCES org_unit (code),
  person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  duty      TEXT NOT NULL REFERENCES role (code),
  starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (ends_at > starts_at)
);

CREATE INDEX duty_shift_by_unit ON duty_shift (unit_code, starts_at);
CREATE INDEX duty_shift_by_person ON duty_shift (person_id, starts_at);

-- Default roles. Permissions are data: a district changes them through /api/v1/roles.
INSERT INTO role (code, name_zh, name_en, scope, permissions)
VALUES ('grid-chief', '网格长', 'Grid chief', 'GRID',
        '{case:create,case:read,case:verify,case:check,case:close,case:request-postponement,case:request-suspension,case:request-void,case:supervise,pii:read,track:read,registry:query}'),
       ('grid-instructor', '指导员', 'Grid instructor', 'GRID',
        '{case:read,case:check,case:supervise,track:read}'),
       ('full-time-worker', '专职网格员', 'Full-time grid worker', 'GRID',
        '{case:create,case:read,case:verify,case:check,case:feedback,registry:query}'),
       ('specialist-worker', '专业网格员', 'Specialist grid worker', 'GRID',
        '{case:create,case:read,case:verify,case:check,case:feedback,case:assist-feedback}'),
       ('optional-worker', '选配网格员', 'Optional grid worker', 'GRID', '{case:create,case:read}'),
       ('supervisor', '监督员', 'Field supervisor', 'GRID', '{case:create,case:read,case:verify,case:check}'),
       ('intake-operator', '受理员', 'Intake operator', 'UNIT',
        '{case:create,case:read,case:accept,case:reject,case:file,case:request-void,pii:read}'),
       ('shift-leader', '值班长', 'Shift leader', 'UNIT',
        '{case:read,case:accept,case:reject,case:file,case:arbitrate,case:dispatch,case:close,case:approve,case:deny,case:resume,case:merge,case:escalate,case:supervise,pii:read,roster:manage,track:read}'),
       ('dispatcher', '派遣员', 'Dispatcher', 'UNIT',
        '{case:read,case:file,case:dispatch,case:close,case:merge,case:escalate,case:request-void}'),
       ('handler', '处置人员', 'Handler', 'DEPARTMENT',
        '{case:read,case:sign,case:return,case:feedback,case:assist-feedback,case:request-postponement,case:request-suspension,case:answer-supervision}'),
       ('leader', '领导', 'Leader', 'UNIT',
        '{case:read,case:arbitrate,case:approve,case:deny,case:resume,case:escalate,case:supervise,pii:read,track:read}'),
       ('admin', '管理员', 'Administrator', 'ALL',
        '{case:create,case:read,case:verify,case:accept,case:reject,case:file,case:arbitrate,case:dispatch,case:sign,case:return,case:feedback,case:assist-feedback,case:check,case:close,case:evaluate,case:request-postponement,case:request-suspension,case:request-void,case:approve,case:deny,case:resume,case:merge,case:escalate,case:supervise,case:answer-supervision,pii:read,people:manage,catalogue:manage,grid:manage,roster:manage,track:read,registry:query}'),
       ('citizen', '市民', 'Citizen', 'GRID', '{case:create,case:read,case:evaluate}');

-- Default departments: the dispatch targets the default case catalogue names, plus seed 000's 平安办.
INSERT INTO department (code, name_zh, name_en)
VALUES ('urban-management', '城管中队', 'Urban-management squad'),
       ('police-station', '派出所', 'Police station'),
       ('market-supervision', '市场监管所', 'Market-supervision office'),
       ('safety-office', '平安办', 'Public-safety office'),
       ('grid-centre', '网格中心', 'Grid centre'),
       ('sanitation', '环卫', 'Sanitation'),
       ('municipal-works', '市政', 'Municipal works'),
       ('greening', '园林绿化', 'Parks and greening'),
       ('housing', '房管所', 'Housing office'),
       ('water', '水务', 'Water affairs'),
       ('justice', '司法所', 'Judicial office'),
       ('ecology-environment', '生态环境', 'Ecology and environment'),
       ('fire-rescue', '消防救援', 'Fire and rescue'),
       ('safety-supervision', '安全监管', 'Work-safety supervision');

-- Seed 004's four platforms (基层治理四平台).
INSERT INTO platform (code, name_zh, name_en)
VALUES ('governance', '综治工作平台', 'Governance platform'),
       ('market-regulation', '市场监管平台', 'Market-supervision platform'),
       ('law-enforcement', '综合执法平台', 'Law-enforcement platform'),
       ('citizen-services', '便民服务平台', 'Citizen-services platform');

INSERT INTO platform_department (platform_code, department_code)
VALUES ('governance', 'police-station'),
       ('governance', 'safety-office'),
       ('governance', 'justice'),
       ('governance', 'grid-centre'),
       ('market-regulation', 'market-supervision'),
       ('law-enforcement', 'urban-management'),
       ('law-enforcement', 'ecology-environment'),
       ('law-enforcement', 'safety-supervision'),
       ('law-enforcement', 'fire-rescue'),
       ('citizen-services', 'sanitation'),
       ('citizen-services', 'municipal-works'),
       ('citizen-services', 'greening'),
       ('citizen-services', 'housing'),
       ('citizen-services', 'water');
