-- Group robots per grid, community or meal point (one webhook per group, not one global robot), notices
-- (上传下达) to residents' inboxes and to those groups, and who received, read and relayed each notice.

create table group_robot (
    id          bigserial primary key,
    scope_code  varchar(15) collate "C" not null,
    place_id    bigint,
    name        varchar(100) not null,
    channel     varchar(16) not null check (channel in ('WECOM', 'DINGTALK')),
    url         varchar(500) not null,
    secret      varchar(200),
    enabled     boolean not null default true,
    updated_by  varchar(64) not null,
    updated_at  timestamptz not null
);
-- One robot per group: a grid or community (no place), or a meal point (a place inside a scope).
create unique index group_robot_group on group_robot (scope_code, coalesce(place_id, 0));

alter table notification_delivery add column robot_id bigint references group_robot (id);
alter table notification_delivery add column recipient bytea;

create table notice (
    id          bigserial primary key,
    scope_code  varchar(15) collate "C" not null,
    place_id    bigint,
    title       varchar(200) not null,
    body        varchar(2000) not null,
    channels    varchar(40) not null,
    sender      varchar(64) not null,
    created_at  timestamptz not null
);
create index notice_scope on notice (scope_code, id desc);

alter table inbox_message add column notice_id bigint references notice (id);
alter table notification_delivery add column notice_id bigint references notice (id);

create table notice_recipient (
    notice_id        bigint not null references notice (id),
    username         varchar(64) not null,
    building_head    boolean not null,
    inbox_message_id bigint references inbox_message (id),
    relayed_at       timestamptz,
    primary key (notice_id, username)
);
