-- Photos and files uploaded for cases. The bytes live in the attachment store (a directory today); the database
-- keeps what is needed to serve, verify and authorise them. Rows are never large: no file content is stored here.
CREATE TABLE attachment (
    id                uuid        PRIMARY KEY,
    sha256            text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type      text        NOT NULL,
    size              bigint      NOT NULL CHECK (size > 0),
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    uploaded_by       text        NOT NULL,
    created_at        timestamptz NOT NULL,
    location_removed  boolean     NOT NULL
);

CREATE INDEX attachment_by_uploader ON attachment (uploaded_by, created_at);

-- Which cases refer to an attachment (in a report, a verification, a feedback or a check), so that whoever may
-- see one of those cases may see the file. Written in the same transaction as the case step that refers to it.
CREATE TABLE attachment_use (
    attachment_id uuid   NOT NULL REFERENCES attachment (id),
    case_id       bigint NOT NULL,
    PRIMARY KEY (attachment_id, case_id)
);
