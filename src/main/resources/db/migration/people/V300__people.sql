-- People: households, persons (PII encrypted, with keyed lookup hashes), party members,
-- key-population ledgers and visits. Every row carries its 15-digit grid code for data scope.

create table household (
    id           bigserial primary key,
    grid_code    varchar(15) collate "C" not null references grid (code),
    building_id  bigint references building (id),
    unit_name    varchar(50),
    room         varchar(20),
    address      varchar(200),
    created_at   timestamptz not null
);
create index household_grid on household (grid_code, id);

create table person (
    id              bigserial primary key,
    household_id    bigint references household (id),
    grid_code       varchar(15) collate "C" not null references grid (code),
    name            varchar(50) not null,
    id_number_enc   bytea not null,
    id_number_hash  bytea not null unique,
    gender          varchar(6) not null,
    birth_date      date not null,
    phone_enc       bytea,
    phone_hash      bytea,
    ethnicity       varchar(20),
    relation        varchar(16),
    tags            text[] not null default '{}',
    created_at      timestamptz not null
);
create index person_grid on person (grid_code, id);
create index person_household on person (household_id);
create index person_name on person (name, grid_code);
create index person_phone_hash on person (phone_hash);

create table party_member (
    person_id     bigint primary key references person (id),
    party_org_id  bigint references party_org (id),
    grid_code     varchar(15) collate "C" not null,
    in_service    boolean not null,
    employer      varchar(150)
);
create index party_member_grid on party_member (grid_code);

create table ledger_entry (
    id                bigserial primary key,
    person_id         bigint not null references person (id),
    grid_code         varchar(15) collate "C" not null,
    kind              varchar(32) not null,
    visit_cycle_days  integer not null check (visit_cycle_days between 1 and 366),
    note              varchar(500),
    created_at        timestamptz not null,
    last_visit_at     timestamptz,
    next_visit_due    date not null,
    unique (person_id, kind)
);
create index ledger_entry_grid on ledger_entry (grid_code, kind, next_visit_due);
create index ledger_entry_due on ledger_entry (next_visit_due);

create table visit (
    id               bigserial primary key,
    person_id        bigint not null references person (id),
    ledger_entry_id  bigint references ledger_entry (id),
    grid_code        varchar(15) collate "C" not null,
    visitor          varchar(64) not null,
    visited_at       timestamptz not null,
    content          varchar(2000) not null,
    follow_up        varchar(1000),
    created_at       timestamptz not null
);
create index visit_grid on visit (grid_code, visited_at desc);
create index visit_person on visit (person_id, visited_at desc);
