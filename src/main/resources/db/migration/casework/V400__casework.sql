-- Casework: categories with their deadline policies, cases, their immutable events.

create table case_category (
    code            varchar(48) collate "C" primary key,
    parent_code     varchar(48) collate "C" references case_category (code),
    name_zh         varchar(100) not null,
    name_en         varchar(100) not null,
    limit_general   varchar(32) not null,
    limit_urgent    varchar(32) not null,
    limit_critical  varchar(32) not null,
    warn_ratio      numeric(3, 2) not null default 0.80 check (warn_ratio > 0 and warn_ratio < 1),
    public_view     boolean not null default true,
    active          boolean not null default true
);

-- Readable numbers: county code, local day, a per-county-per-day sequence.
create table case_number (
    county  varchar(6) not null,
    day     varchar(8) not null,
    last    integer not null,
    primary key (county, day)
);

create table work_case (
    id                bigserial primary key,
    number            varchar(24) not null unique,
    type              varchar(24) not null,
    category_code     varchar(48) collate "C" not null references case_category (code),
    urgency           varchar(16) not null,
    source            varchar(24) not null,
    status            varchar(24) not null,
    level             smallint not null,
    grid_code         varchar(15) collate "C" not null references grid (code),
    title             varchar(200) not null,
    description       varchar(4000) not null,
    address           varchar(200),
    lat               double precision,
    lng               double precision,
    reporter          varchar(64) not null,
    owner             varchar(64) not null,
    assignee          varchar(64),
    idempotency_key   varchar(100),
    created_at        timestamptz not null,
    dispatched_at     timestamptz,
    warn_at           timestamptz,
    deadline_at       timestamptz,
    suspended_since   timestamptz,
    suspended_seconds bigint not null default 0,
    rework_count      integer not null default 0,
    closed_at         timestamptz,
    resolved          boolean,
    satisfaction      varchar(16),
    version           integer not null default 0,
    unique (reporter, idempotency_key)
);
create index work_case_scope on work_case (grid_code, status, id);
create index work_case_open_deadline on work_case (deadline_at) where closed_at is null and deadline_at is not null;
create index work_case_assignee on work_case (assignee, status) where assignee is not null;
create index work_case_reporter on work_case (reporter, id);

create table case_event (
    id         bigserial primary key,
    case_id    bigint not null references work_case (id),
    grid_code  varchar(15) collate "C" not null,
    action     varchar(32) not null,
    from_status varchar(24),
    to_status  varchar(24) not null,
    actor      varchar(64) not null,
    at         timestamptz not null,
    note       varchar(2000),
    data       text
);
create index case_event_case on case_event (case_id, id);
create index case_event_scope on case_event (grid_code, at);

create function case_event_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only';
end
$$;
create trigger case_event_no_update before update or delete on case_event
    for each row execute function case_event_is_immutable();

insert into case_category (code, parent_code, name_zh, name_en, limit_general, limit_urgent, limit_critical) values
 ('EVENT', null, '事件', 'Events', 'P7D', 'P3D', 'PT2H'),
 ('PART', null, '部件', 'Public facilities', 'P7D', 'P3D', 'PT2H'),
 ('SERVICE', null, '民生服务', 'Services for residents', 'P7D', 'P3D', 'PT24H'),
 ('EVENT.GAS_HAZARD', 'EVENT', '燃气隐患', 'Gas hazard', 'PT24H', 'PT12H', 'PT2H'),
 ('EVENT.PARKING', 'EVENT', '停车难', 'Parking shortage', 'P15D', 'P7D', 'PT24H'),
 ('EVENT.EV_CHARGING', 'EVENT', '充电难', 'EV charging', 'P15D', 'P7D', 'PT24H'),
 ('EVENT.NEIGHBOUR_DISPUTE', 'EVENT', '邻里纠纷', 'Neighbour dispute', 'P7D', 'P3D', 'PT2H'),
 ('EVENT.UNSAFE_BUILDING', 'EVENT', '危房排查', 'Unsafe building check', 'P15D', 'P3D', 'PT2H'),
 ('EVENT.ENVIRONMENT', 'EVENT', '环境卫生', 'Sanitation', 'P7D', 'P3D', 'PT24H'),
 ('PART.ROAD_DAMAGE', 'PART', '路面破损', 'Road damage', 'P7D', 'P3D', 'PT24H'),
 ('PART.DRAINAGE', 'PART', '排水', 'Drainage', 'PT24H', 'PT12H', 'PT2H'),
 ('PART.WATER_SUPPLY', 'PART', '供水', 'Water supply', 'PT24H', 'PT12H', 'PT2H'),
 ('PART.HEATING', 'PART', '供热', 'Heating', 'PT24H', 'PT12H', 'PT2H'),
 ('PART.STREET_LIGHT', 'PART', '路灯', 'Street light', 'P7D', 'P3D', 'PT24H'),
 ('SERVICE.MEAL_ASSISTANCE', 'SERVICE', '助餐', 'Meal assistance', 'P7D', 'P3D', 'PT24H'),
 ('SERVICE.PENSION', 'SERVICE', '养老金办理', 'Pension procedures', 'P15D', 'P7D', 'P3D'),
 ('SERVICE.SUBSISTENCE', 'SERVICE', '低保办理', 'Subsistence allowance', 'P15D', 'P7D', 'P3D'),
 ('SERVICE.LEGAL_AID', 'SERVICE', '法律援助', 'Legal aid', 'P15D', 'P7D', 'P3D'),
 ('SERVICE.MICRO_WISH', 'SERVICE', '微心愿', 'Micro-wish', 'P15D', 'P7D', 'P3D');
