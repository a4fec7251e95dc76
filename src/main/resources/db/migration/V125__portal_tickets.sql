-- The citizen portal's tracking codes: one per case reported through the portal, kept only as a hash.
create table portal_ticket (
    case_id    bigint primary key,
    case_no    text not null unique,
    code_hash  text not null,
    rated_at   timestamptz,
    created_at timestamptz not null
);
