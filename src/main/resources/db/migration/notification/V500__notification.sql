-- Notification: the in-app inbox of whoever must act, the group-robot channels an administrator
-- configures, and an outbox of deliveries that are retried and visible when they fail.

create table inbox_message (
    id          bigserial primary key,
    username    varchar(64) not null,
    case_id     bigint,
    case_number varchar(24),
    title       varchar(200) not null,
    body        varchar(1000) not null,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index inbox_message_user on inbox_message (username, id desc);

create table notification_channel (
    channel     varchar(16) primary key check (channel in ('WECOM', 'DINGTALK', 'SMS')),
    url         varchar(500) not null,
    secret      varchar(200),
    enabled     boolean not null default true,
    updated_at  timestamptz not null
);

create table notification_delivery (
    id               bigserial primary key,
    channel          varchar(16) not null,
    content          varchar(2000) not null,
    status           varchar(8) not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       varchar(500),
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index notification_delivery_due on notification_delivery (next_attempt_at) where status = 'PENDING';
