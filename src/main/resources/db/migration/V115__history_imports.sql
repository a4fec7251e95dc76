-- Imports of historical cases from CSV files: the file and its mapping are kept with the job, so that a job that
-- stopped (a restart, a crash) continues from the last chunk it committed.
CREATE TABLE history_import (
    id            bigserial   PRIMARY KEY,
    mapping_name  text        NOT NULL,
    mapping       text        NOT NULL,
    content       text        NOT NULL,
    state         text        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    rows_total    int         NOT NULL,
    next_row      int         NOT NULL DEFAULT 1,
    rows_done     int         NOT NULL DEFAULT 0,
    rows_failed   int         NOT NULL DEFAULT 0,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    failure       text
);

CREATE INDEX history_import_running ON history_import (id) WHERE state = 'RUNNING';

-- The rows an import could not record, and why; one row may fail on several columns.
CREATE TABLE history_import_problem (
    import_id  bigint NOT NULL REFERENCES history_import (id) ON DELETE CASCADE,
    row_number int    NOT NULL,
    source_key text,
    col        text   NOT NULL,
    reason     text   NOT NULL,
    PRIMARY KEY (import_id, row_number, col)
);

UPDATE role SET permissions = array_append(permissions, 'history:import')
WHERE code = 'admin' AND NOT 'history:import' = ANY (permissions);
