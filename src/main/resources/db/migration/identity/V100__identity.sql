-- Identity: users, API tokens, the hash-chained audit log.

create table app_user (
    id               bigserial primary key,
    username         varchar(64) not null unique,
    display_name     varchar(100) not null,
    password_hash    varchar(200) not null,
    roles            text[] not null,
    scope_code       varchar(15) collate "C" not null,
    partner_unit     varchar(18),
    enabled          boolean not null default true,
    failed_attempts  integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null,
    last_login_at    timestamptz
);
create index app_user_scope on app_user (scope_code);

create table api_token (
    token_hash  bytea primary key,
    user_id     bigint not null references app_user (id) on delete cascade,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null
);
create index api_token_expiry on api_token (expires_at);

-- Append-only: each row carries the hash of the previous one, so a changed, removed or inserted row
-- breaks the chain at that point even if someone bypasses the trigger below.
create table audit_log (
    seq          bigint primary key,
    at           timestamptz not null,
    actor        varchar(64) not null,
    action       varchar(64) not null,
    target_type  varchar(64),
    target_id    varchar(64),
    scope_code   varchar(15) collate "C",
    detail       text,
    prev_hash    bytea not null,
    hash         bytea not null
);
create index audit_log_scope on audit_log (scope_code, seq);
create index audit_log_actor on audit_log (actor, seq);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
