-- The tokens Open311 answers a submitted service request with: one per case taken in through Open311, so that a
-- client that keeps only the token can later learn the request's id.
create table open311_token (
    token      text primary key,
    case_id    bigint not null unique,
    case_no    text not null,
    created_at timestamptz not null
);
