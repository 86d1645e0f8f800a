-- Engagement: who is who (a login linked to its person), 双报到 registrations with 三进两认岗 posts,
-- 党员包户, teams and activities with sign-ups and check-ins, the points ledger and the point rules of
-- each county. Every row carries a code in the "C" collation for the data-scope range.

-- A person known to engagement: the login linked to them (if any), and for party members the branch
-- and the employer (a partner unit, by credit code). Name and masked phone are copied at linking, so
-- that rosters published to residents never read the registry's encrypted columns.
create table engagement_member (
    person_id      bigint primary key references person (id),
    username       varchar(64) unique,
    name           varchar(50) not null,
    grid_code      varchar(15) collate "C" not null,
    phone_masked   varchar(20),
    party_member   boolean not null,
    in_service     boolean not null,
    party_org_id   bigint,
    employer_code  varchar(18),
    employer_name  varchar(150),
    linked_by      varchar(64) not null,
    linked_at      timestamptz not null
);
create index engagement_member_grid on engagement_member (grid_code);
create index engagement_member_employer on engagement_member (employer_code);

-- 双报到: a member at their home community, or an employer unit at its partner community.
create table engagement_registration (
    id               bigserial primary key,
    kind             varchar(6) not null check (kind in ('MEMBER', 'UNIT')),
    person_id        bigint references engagement_member (person_id),
    unit_code        varchar(18),
    unit_name        varchar(150),
    community_code   varchar(12) collate "C" not null,
    grid_code        varchar(15) collate "C",
    service_centre   varchar(150),
    residents_group  varchar(100),
    status           varchar(10) not null check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    requested_by     varchar(64) not null,
    requested_at     timestamptz not null,
    decided_by       varchar(64),
    decided_at       timestamptz,
    check ((kind = 'MEMBER') = (person_id is not null)),
    check ((kind = 'UNIT') = (unit_code is not null))
);
create index engagement_registration_community on engagement_registration (community_code, id);
create unique index engagement_registration_one_member on engagement_registration (person_id, community_code)
    where kind = 'MEMBER' and status <> 'DECLINED';
create unique index engagement_registration_one_unit on engagement_registration (unit_code, community_code)
    where kind = 'UNIT' and status <> 'DECLINED';

-- 两认岗 and 党员岗: a post applied for with the registration; head posts are bound to a building or unit.
create table engagement_post (
    id               bigserial primary key,
    registration_id  bigint not null references engagement_registration (id),
    kind             varchar(16) not null,
    building_id      bigint references building (id),
    unit_name        varchar(50)
);
create index engagement_post_registration on engagement_post (registration_id);

-- 党员包户: households a member looks after.
create table engagement_household (
    person_id     bigint not null references engagement_member (person_id),
    household_id  bigint not null references household (id),
    grid_code     varchar(15) collate "C" not null,
    assigned_by   varchar(64) not null,
    assigned_at   timestamptz not null,
    primary key (person_id, household_id)
);

create table engagement_team (
    id               bigserial primary key,
    name             varchar(100) not null,
    kind             varchar(16) not null,
    community_code   varchar(12) collate "C" not null,
    duties           varchar(500),
    monthly_minimum  integer not null check (monthly_minimum between 0 and 31),
    created_by       varchar(64) not null,
    created_at       timestamptz not null,
    unique (community_code, name)
);

create table engagement_team_member (
    team_id    bigint not null references engagement_team (id),
    person_id  bigint not null references engagement_member (person_id),
    leader     boolean not null,
    primary key (team_id, person_id)
);
create index engagement_team_member_person on engagement_team_member (person_id);

create table engagement_activity (
    id              bigserial primary key,
    team_id         bigint references engagement_team (id),
    community_code  varchar(12) collate "C" not null,
    title           varchar(200) not null,
    place           varchar(200) not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    capacity        integer not null check (capacity between 1 and 10000),
    created_by      varchar(64) not null,
    created_at      timestamptz not null,
    check (ends_at > starts_at)
);
create index engagement_activity_community on engagement_activity (community_code, starts_at);
create index engagement_activity_team on engagement_activity (team_id, starts_at);

create table engagement_signup (
    activity_id  bigint not null references engagement_activity (id),
    person_id    bigint not null references engagement_member (person_id),
    signed_by    varchar(64) not null,
    signed_at    timestamptz not null,
    primary key (activity_id, person_id)
);

-- A record of being at an activity (time and place), once per member and activity.
create table engagement_checkin (
    id               bigserial primary key,
    activity_id      bigint not null references engagement_activity (id),
    person_id        bigint not null references engagement_member (person_id),
    checked_in_at    timestamptz not null,
    place            varchar(200) not null,
    minutes          integer not null check (minutes >= 0),
    recorded_by      varchar(64) not null,
    idempotency_key  varchar(100),
    unique (activity_id, person_id),
    unique (recorded_by, idempotency_key)
);
create index engagement_checkin_person on engagement_checkin (person_id, checked_in_at);

-- The ledger: every entry names its rule and source; corrections are reversing entries.
create table engagement_point (
    id              bigserial primary key,
    person_id       bigint not null references engagement_member (person_id),
    grid_code       varchar(15) collate "C" not null,
    rule            varchar(16) not null,
    source          varchar(120) not null check (source <> ''),
    points          integer not null,
    minutes         integer not null default 0,
    awarded_at      timestamptz not null,
    year            integer not null,
    approver        varchar(64),
    note            varchar(500),
    reverses        bigint unique references engagement_point (id)
);
create unique index engagement_point_once on engagement_point (person_id, rule, source) where reverses is null;
create index engagement_point_grid on engagement_point (grid_code, awarded_at);
create index engagement_point_person on engagement_point (person_id, awarded_at);

-- Point rules per county (旗县区); a county without a row uses the defaults.
create table engagement_point_rules (
    county_code        varchar(6) collate "C" primary key,
    per_service_hour   integer not null,
    per_micro_wish     integer not null,
    per_service_order  integer not null,
    per_learning       integer not null,
    manual_max         integer not null,
    yearly_cap         integer not null,
    reset              varchar(8) not null,
    star_thresholds    integer[] not null,
    monthly_minimum    integer not null,
    updated_by         varchar(64) not null,
    updated_at         timestamptz not null
);
