-- Move-in requests (迁入申请): registering an ID number that is already registered outside the
-- registrar's scope files a request that the holder's community accepts (the person moves) or declines.
-- from_grid_code is where the person was registered when the request was filed; both grid codes serve
-- the data-scope predicate.

create table move_in (
    id               bigserial primary key,
    person_id        bigint not null references person (id),
    from_grid_code   varchar(15) collate "C" not null,
    to_household_id  bigint not null references household (id),
    to_grid_code     varchar(15) collate "C" not null,
    name             varchar(50) not null,
    relation         varchar(16),
    status           varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED')),
    requested_by     varchar(64) not null,
    requested_at     timestamptz not null,
    decided_by       varchar(64),
    decided_at       timestamptz,
    reason           varchar(500)
);
create index move_in_to_grid on move_in (to_grid_code, id);
create index move_in_from_grid on move_in (from_grid_code, id);
create index move_in_person on move_in (person_id);
create unique index move_in_one_pending on move_in (person_id, to_household_id) where status = 'PENDING';
