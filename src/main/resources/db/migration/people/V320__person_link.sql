-- Person link requests (居民身份关联): a resident account asks to be linked to a person of the registry in
-- the grid it names; community staff in scope confirm with the person they chose, or decline with a
-- reason. phone_hash is the account's keyed phone hash when the request was filed, compared with
-- person.phone_hash to tell staff whether the phones agree; the phone itself is never copied here.

create table person_link (
    id            bigserial primary key,
    username      varchar(64) not null,
    name          varchar(50) not null,
    grid_code     varchar(15) collate "C" not null,
    phone_hash    bytea,
    status        varchar(10) not null check (status in ('PENDING', 'CONFIRMED', 'DECLINED')),
    requested_at  timestamptz not null,
    person_id     bigint references person (id),
    decided_by    varchar(64),
    decided_at    timestamptz,
    reason        varchar(500)
);
create index person_link_grid on person_link (grid_code, id);
create index person_link_user on person_link (username, id);
create unique index person_link_one_open on person_link (username) where status = 'PENDING';
