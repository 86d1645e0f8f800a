-- Representation (代表履职): homes and stations of representatives, their annual plan and reception
-- schedule, residents' messages through a representative's code (码上找代表), reception logs and review
-- mailboxes. Every row carries the division or grid code it belongs to, so scope is one range predicate.

create table rep_station (
    id          bigserial primary key,
    kind        varchar(8) not null check (kind in ('HOME', 'STATION')),
    name        varchar(100) not null,
    scope_code  varchar(15) collate "C" not null,
    address     varchar(200),
    created_by  varchar(64) not null,
    created_at  timestamptz not null
);
create index rep_station_scope on rep_station (scope_code);

create table representative (
    id          bigserial primary key,
    station_id  bigint not null references rep_station (id),
    kind        varchar(8) not null check (kind in ('NPC', 'PARTY')),
    name        varchar(50) not null,
    username    varchar(64) unique,
    grid_code   varchar(15) collate "C" not null,
    team        varchar(100),
    intro       varchar(500),
    created_at  timestamptz not null
);
create index representative_station on representative (station_id);

create table rep_plan_item (
    id          bigserial primary key,
    station_id  bigint not null references rep_station (id),
    year        integer not null,
    month       integer not null check (month between 1 and 12),
    title       varchar(200) not null
);
create index rep_plan_station on rep_plan_item (station_id, year, month);

create table rep_reception (
    id                bigserial primary key,
    station_id        bigint not null references rep_station (id),
    representative_id bigint not null references representative (id),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    visitors          integer,
    raised            varchar(1000),
    followed          varchar(1000),
    logged_at         timestamptz,
    check (ends_at > starts_at)
);
create index rep_reception_station on rep_reception (station_id, starts_at);

create table rep_message (
    id                bigserial primary key,
    representative_id bigint not null references representative (id),
    author            varchar(64),
    phone             bytea,
    phone_masked      varchar(20),
    receipt           varchar(40) not null unique,
    text              varchar(1000) not null,
    received_at       timestamptz not null,
    reply_due_at      timestamptz not null,
    reply             varchar(1000),
    reply_public      boolean not null default false,
    replied_at        timestamptz,
    case_id           bigint,
    case_number       varchar(24),
    case_status       varchar(16)
);
create index rep_message_representative on rep_message (representative_id, id desc);
create index rep_message_case on rep_message (case_id) where case_id is not null;

create table rep_phone_code (
    phone_hash  bytea primary key,
    code        varchar(6) not null,
    sent_at     timestamptz not null,
    attempts    integer not null default 0
);

create table review_mailbox (
    id          bigserial primary key,
    subject     varchar(16) not null check (subject in ('DEPARTMENT', 'PROJECT')),
    name        varchar(100) not null,
    scope_code  varchar(15) collate "C" not null,
    opens_on    date not null,
    closes_on   date not null,
    created_by  varchar(64) not null,
    created_at  timestamptz not null,
    check (closes_on >= opens_on)
);
create index review_mailbox_scope on review_mailbox (scope_code);

create table review_opinion (
    id          bigserial primary key,
    mailbox_id  bigint not null references review_mailbox (id),
    author      varchar(64) not null,
    text        varchar(1000) not null,
    created_at  timestamptz not null
);
create index review_opinion_mailbox on review_opinion (mailbox_id, id desc);
