-- Intake channels as data: each channel a district takes cases in on (its 12345, WeChat, the provincial 平安
-- system, the digital city-management platform…) with its names, the details a report from it carries, and the
-- kind of channel whose rules it follows (who may declare it, whether it is verified, whether a case first reported
-- on it counts as missed by the grid's workers). The eight kinds are the built-in channels, each its own kind.
CREATE TABLE intake_channel (
    code             text        PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_zh          text        NOT NULL,
    name_en          text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('PATROL', 'CITIZEN', 'HOTLINE_12345', 'HOTLINE_12319',
                                                          'PROVINCIAL_PLATFORM', 'POLICE_110', 'VIDEO', 'LEADER')),
    required_details text[]      NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (code NOT IN ('PATROL', 'CITIZEN', 'HOTLINE_12345', 'HOTLINE_12319', 'PROVINCIAL_PLATFORM', 'POLICE_110',
                        'VIDEO', 'LEADER') OR code = kind)
);

INSERT INTO intake_channel (code, name_zh, name_en, kind, required_details)
VALUES ('PATROL', '网格员巡查', 'Grid worker patrol', 'PATROL', '{}'),
       ('CITIZEN', '市民上报', 'Citizen report', 'CITIZEN', '{}'),
       ('HOTLINE_12345', '12345热线', '12345 hotline', 'HOTLINE_12345', '{ticketNo}'),
       ('HOTLINE_12319', '12319城建热线', '12319 urban-construction hotline', 'HOTLINE_12319', '{ticketNo}'),
       ('PROVINCIAL_PLATFORM', '省级平台', 'Provincial platform', 'PROVINCIAL_PLATFORM', '{ticketNo}'),
       ('POLICE_110', '110非警务警情', '110 non-police call', 'POLICE_110', '{incidentNo}'),
       ('VIDEO', '视频与物联感知', 'Video and sensor alert', 'VIDEO', '{deviceId,alertId}'),
       ('LEADER', '领导批示', 'Leader''s instruction', 'LEADER', '{instructedBy}');

-- A case taken in on a district's own channel keeps that channel's code beside its kind; the built-in channels
-- leave it empty. The foreign key keeps a channel in use from being removed.
ALTER TABLE case_report ADD COLUMN source text REFERENCES intake_channel (code);

DROP VIEW case_row;
CREATE VIEW case_row AS
SELECT c.id, c.version, c.state, c.kind, c.minor_code, c.urgency, c.tier, c.light, c.next_light_at, c.deadline,
    c.handling_grid, c.departments, c.lon, c.lat, c.is_open, c.closed_at, c.updated_at, c.data, r.request_id,
    r.channel, r.grid_keys, r.reported_at, r.reported_by, r.report, c.number_day, c.day_number,
    COALESCE(r.source, r.channel) AS channel_code
FROM cases c JOIN case_report r ON r.id = c.id;
