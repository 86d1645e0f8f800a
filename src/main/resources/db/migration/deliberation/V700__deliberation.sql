-- Deliberation (协商议事): topics, meetings, roll and votes, resolutions' tasks and their rating.
-- Every row carries or reaches the community code it belongs to, for the one code-prefix scope check.

create table delib_topic (
    id             bigserial primary key,
    community_code varchar(12) collate "C" not null,
    title          varchar(200) not null,
    description    varchar(2000) not null,
    channel        varchar(24) not null,
    status         varchar(16) not null,
    proposer       varchar(64) not null,
    merged_into    bigint references delib_topic (id),
    from_cases     varchar(1000),
    created_at     timestamptz not null
);
create index delib_topic_scope on delib_topic (community_code, id);

create table delib_topic_support (
    topic_id  bigint not null references delib_topic (id),
    username  varchar(64) not null,
    at        timestamptz not null,
    primary key (topic_id, username)
);

create table delib_meeting (
    id             bigserial primary key,
    type           varchar(24) not null,
    community_code varchar(12) collate "C" not null,
    title          varchar(200) not null,
    starts_at      timestamptz not null,
    place          varchar(200) not null,
    quorum         numeric(4, 3) not null,
    base           varchar(16) not null,
    threshold      varchar(24) not null,
    minutes        varchar(8000),
    organiser      varchar(64) not null,
    created_at     timestamptz not null
);
create index delib_meeting_scope on delib_meeting (community_code, starts_at);

create table delib_agenda (
    meeting_id bigint not null references delib_meeting (id),
    topic_id   bigint not null references delib_topic (id),
    position   integer not null,
    primary key (meeting_id, topic_id)
);

create table delib_invitee (
    meeting_id bigint not null references delib_meeting (id),
    invitee    varchar(100) not null,
    primary key (meeting_id, invitee)
);

-- The roll: who is entitled to vote at the meeting, whether present, and what one vote stands for.
create table delib_roll (
    meeting_id bigint not null references delib_meeting (id),
    voter      varchar(64) not null,
    name       varchar(100) not null,
    ballot     varchar(64) not null,
    present    boolean not null,
    signed_at  timestamptz not null,
    primary key (meeting_id, voter),
    unique (meeting_id, ballot)
);

create table delib_opinion (
    id         bigserial primary key,
    meeting_id bigint not null references delib_meeting (id),
    speaker    varchar(100) not null,
    text       varchar(2000) not null,
    recorded_by varchar(64) not null,
    at         timestamptz not null
);
create index delib_opinion_meeting on delib_opinion (meeting_id, id);

create table delib_motion (
    id               bigserial primary key,
    meeting_id       bigint not null references delib_meeting (id),
    topic_id         bigint references delib_topic (id),
    text             varchar(1000) not null,
    opens_at         timestamptz not null,
    closes_at        timestamptz not null,
    outcome          varchar(16),
    votes_for        integer,
    votes_against    integer,
    votes_abstain    integer,
    entitled         integer,
    present          integer,
    closed_at        timestamptz,
    objections_until timestamptz
);
create index delib_motion_meeting on delib_motion (meeting_id, id);

create table delib_vote (
    motion_id   bigint not null references delib_motion (id),
    voter       varchar(64) not null,
    choice      varchar(8) not null,
    recorded_by varchar(64) not null,
    at          timestamptz not null,
    primary key (motion_id, voter)
);

-- A resolution's tasks: each is a case of type RESOLUTION_TASK; case_status follows the case's events.
create table delib_task (
    id             bigint primary key,
    motion_id      bigint not null references delib_motion (id),
    case_id        bigint not null unique,
    case_number    varchar(24) not null,
    title          varchar(200) not null,
    claimant_kind  varchar(16) not null,
    claimant       varchar(64) not null,
    deadline       date,
    case_status    varchar(24) not null,
    created_at     timestamptz not null
);
create sequence delib_task_seq;
create index delib_task_motion on delib_task (motion_id, id);

create table delib_evaluation (
    motion_id bigint not null references delib_motion (id),
    rater     varchar(64) not null,
    stars     smallint not null check (stars between 1 and 5),
    comment   varchar(500),
    at        timestamptz not null,
    primary key (motion_id, rater)
);
