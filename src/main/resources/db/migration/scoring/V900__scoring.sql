-- 考评: versioned schemes, rounds that keep their scheme's version, every score entry with its history,
-- facts frozen with their source, published results and the follow-up talks of the bottom share.
create table scoring_scheme (
    id          bigserial primary key,
    key         varchar(64) not null,
    version     int not null,
    name        varchar(200) not null,
    area        varchar(15) collate "C" not null,
    definition  jsonb not null,
    created_by  varchar(64) not null,
    created_at  timestamptz not null,
    unique (key, version)
);
create index scoring_scheme_area on scoring_scheme (area);

create table scoring_round (
    id          bigserial primary key,
    scheme_id   bigint not null references scoring_scheme (id),
    name        varchar(200) not null,
    area        varchar(15) collate "C" not null,
    period_from date not null,
    period_to   date not null,
    self_due    date not null,
    peer_due    date not null,
    final_due   date not null,
    status      varchar(8) not null check (status in ('OPEN', 'CLOSED')),
    created_by  varchar(64) not null,
    created_at  timestamptz not null,
    closed_at   timestamptz
);
create index scoring_round_area on scoring_round (area);

-- One assessed unit of a round and how far its assessment has gone (SELF, PEER, FINAL, DONE).
create table scoring_unit (
    round_id    bigint not null references scoring_round (id),
    unit        varchar(64) not null,
    name        varchar(200) not null,
    class       varchar(64) not null,
    account     varchar(64),
    area        varchar(15),
    stage       varchar(8) not null check (stage in ('SELF', 'PEER', 'FINAL', 'DONE')),
    primary key (round_id, unit)
);
create index scoring_unit_account on scoring_unit (account);

create table scoring_reviewer (
    round_id    bigint not null references scoring_round (id),
    reviewer    varchar(64) not null,
    unit        varchar(64) not null,
    primary key (round_id, reviewer, unit),
    foreign key (round_id, unit) references scoring_unit (round_id, unit)
);
create index scoring_reviewer_by on scoring_reviewer (reviewer);

-- The current points of one item at one stage by one author (the reviewer at PEER, else the stage).
create table scoring_entry (
    round_id    bigint not null,
    unit        varchar(64) not null,
    stage       varchar(8) not null check (stage in ('SELF', 'PEER', 'FINAL')),
    author      varchar(64) not null,
    item        varchar(64) not null,
    points      numeric(8, 2) not null,
    evidence    text,
    reason      text,
    entered_by  varchar(64) not null,
    entered_at  timestamptz not null,
    primary key (round_id, unit, stage, author, item),
    foreign key (round_id, unit) references scoring_unit (round_id, unit)
);

-- Every change of a score, append-only: who, when, from what, to what and why.
create table scoring_change (
    id          bigserial primary key,
    round_id    bigint not null,
    unit        varchar(64) not null,
    stage       varchar(8) not null,
    item        varchar(64) not null,
    old_points  numeric(8, 2),
    new_points  numeric(8, 2) not null,
    reason      text,
    changed_by  varchar(64) not null,
    changed_at  timestamptz not null
);
create index scoring_change_unit on scoring_change (round_id, unit, id);

-- A measured fact as it stood when the unit's self-assessment stage closed.
create table scoring_fact (
    round_id    bigint not null,
    unit        varchar(64) not null,
    item        varchar(64) not null,
    fact_key    varchar(64) not null,
    value       numeric(10, 4),
    source      varchar(300) not null,
    frozen_at   timestamptz not null,
    primary key (round_id, unit, item),
    foreign key (round_id, unit) references scoring_unit (round_id, unit)
);

create table scoring_result (
    round_id    bigint not null references scoring_round (id),
    unit        varchar(64) not null,
    class       varchar(64) not null,
    score       numeric(8, 2) not null,
    level       varchar(64),
    rank        int not null,
    percentile  numeric(6, 2) not null,
    flag        varchar(6) check (flag in ('TOP', 'BOTTOM')),
    breakdown   jsonb not null,
    position    int not null,
    primary key (round_id, unit)
);

-- 约谈: the follow-up talk with a unit flagged in the bottom share.
create table scoring_talk (
    id          bigserial primary key,
    round_id    bigint not null,
    unit        varchar(64) not null,
    held_on     date not null,
    note        text not null,
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null,
    foreign key (round_id, unit) references scoring_unit (round_id, unit)
);

-- Who was reminded of which stage of which round, so that each is reminded once.
create table scoring_reminder (
    round_id    bigint not null,
    stage       varchar(8) not null,
    username    varchar(64) not null,
    sent_at     timestamptz not null,
    primary key (round_id, stage, username)
);
