-- Organization: the administrative tree, grids, buildings, party organisations, partner units, places.
-- Codes are text in the "C" collation so that data scope is a plain range on an index.

create table division (
    code         varchar(12) collate "C" primary key,
    name         varchar(100) not null,
    level        smallint not null check (level in (2, 4, 6, 9, 12)),
    parent_code  varchar(12) collate "C"
);
create index division_parent on division (parent_code, code);
create index division_name on division (name);

create table grid (
    code            varchar(15) collate "C" primary key,
    community_code  varchar(12) collate "C" not null references division (code),
    name            varchar(100) not null,
    kind            varchar(16) not null check (kind in ('ORDINARY', 'SPECIAL')),
    households      integer not null default 0 check (households >= 0),
    centre_lat      double precision check (centre_lat between -90 and 90),
    centre_lng      double precision check (centre_lng between -180 and 180),
    polygon         text,
    created_at      timestamptz not null
);
create index grid_community on grid (community_code);

create table building (
    id          bigserial primary key,
    grid_code   varchar(15) collate "C" not null references grid (code),
    name        varchar(100) not null,
    address     varchar(200),
    units       integer not null default 1 check (units between 1 and 99),
    unique (grid_code, name)
);

create table building_unit (
    id           bigserial primary key,
    building_id  bigint not null references building (id),
    grid_code    varchar(15) collate "C" not null,
    name         varchar(50) not null,
    unique (building_id, name)
);
create index building_unit_grid on building_unit (grid_code);

create table party_org (
    id          bigserial primary key,
    org_key     varchar(64) unique,
    parent_id   bigint references party_org (id),
    kind        varchar(24) not null,
    name        varchar(150) not null,
    scope_code  varchar(15) collate "C" not null
);
create index party_org_scope on party_org (scope_code);

create table partner_unit (
    id                   bigserial primary key,
    unit_key             varchar(64) unique,
    name                 varchar(150) not null,
    credit_code          varchar(18) not null unique,
    credit_code_checked  boolean not null,
    kind                 varchar(32) not null,
    scope_code           varchar(15) collate "C" not null
);
create index partner_unit_scope on partner_unit (scope_code);

create table service_place (
    id          bigserial primary key,
    kind        varchar(32) not null,
    name        varchar(150) not null,
    address     varchar(200),
    scope_code  varchar(15) collate "C" not null,
    lat         double precision,
    lng         double precision
);
create index service_place_scope on service_place (scope_code);

-- Which version of the packaged division file is loaded, so that a restart skips the load.
create table division_source (
    checksum   varchar(64) primary key,
    rows       integer not null,
    loaded_at  timestamptz not null
);
