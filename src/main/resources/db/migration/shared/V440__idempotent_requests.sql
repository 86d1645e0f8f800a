-- The first answer to each write sent with an Idempotency-Key, per user, so that a retry replays it.
-- Written in the same transaction as the write itself; swept after the retention (7 days).
create table idempotent_request (
    actor         varchar(64)  not null,
    key           varchar(100) not null,
    fingerprint   varchar(200) not null,
    status        integer,
    content_type  varchar(200),
    location      varchar(1000),
    body          bytea,
    created_at    timestamptz  not null,
    primary key (actor, key)
);
create index idempotent_request_created on idempotent_request (created_at);
