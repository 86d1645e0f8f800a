-- Open311 GeoReport v2 adapter: API keys of outside 311 clients, each bound to a division scope and
-- stored as a hash only; and what a client sent with a request beyond the case itself. Reporter
-- contact details (names, email, phone) are encrypted at rest and never answered by the GET endpoints.

create table open311_key (
    id          bigserial primary key,
    name        varchar(100) not null,
    key_hash    bytea not null unique,
    key_hint    varchar(8) not null,
    scope_code  varchar(15) collate "C" not null,
    created_by  varchar(64) not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz,
    revoked_by  varchar(64)
);
create index open311_key_scope on open311_key (scope_code);

create table open311_request (
    case_id      bigint primary key,
    case_number  varchar(24) not null unique,
    grid_code    varchar(15) collate "C" not null,
    key_id       bigint not null references open311_key (id),
    token        varchar(36) not null unique,
    address_id   varchar(32),
    attributes   text not null default '{}',
    media_url    varchar(500),
    device_id    varchar(100),
    account_id   varchar(100),
    contact      bytea,
    created_at   timestamptz not null
);
create index open311_request_grid on open311_request (grid_code);
