-- 吹哨报到: the units a street summons to a case, lead or assisting, each reporting in and back.
create table case_whistle (
    id                bigserial primary key,
    case_id           bigint not null references work_case (id),
    grid_code         varchar(15) collate "C" not null,
    unit              varchar(18) not null,
    unit_name         varchar(150) not null,
    role              varchar(8) not null check (role in ('LEAD', 'ASSIST')),
    whistled_at       timestamptz not null,
    report_in_due     timestamptz not null,
    reported_in_at    timestamptz,
    reported_in_by    varchar(64),
    reported_back_at  timestamptz,
    reported_back_by  varchar(64),
    unique (case_id, unit)
);
create index case_whistle_unit on case_whistle (unit, case_id);
create index case_whistle_pending on case_whistle (report_in_due) where reported_in_at is null;
