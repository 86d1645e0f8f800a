-- Party schools and training (党员教育): schools and teaching points, the teacher pool, course orders
-- (点单 / 接单), courses, enrolments and attendance. Every row carries the division or grid code it
-- belongs to, in the "C" collation, so that data scope is a plain range on an index.

create table training_school (
    id                bigserial primary key,
    kind              varchar(30) not null,
    name              varchar(150) not null,
    scope_code        varchar(15) collate "C" not null,
    parent_id         bigint references training_school (id),
    service_place_id  bigint,
    address           varchar(300),
    created_at        timestamptz not null
);
create index training_school_scope on training_school (scope_code);

create table training_teacher (
    id          bigserial primary key,
    name        varchar(50) not null,
    level       varchar(20) not null,
    title       varchar(100),
    topics      text[] not null,
    available   boolean not null,
    scope_code  varchar(15) collate "C" not null,
    created_at  timestamptz not null
);
create index training_teacher_scope on training_teacher (scope_code);

create table training_order (
    id            bigserial primary key,
    topic         varchar(100) not null,
    note          varchar(500),
    party_org_id  bigint,
    ordered_by    varchar(100) not null,
    scope_code    varchar(15) collate "C" not null,
    status        varchar(20) not null,
    teacher_id    bigint references training_teacher (id),
    school_id     bigint references training_school (id),
    created_at    timestamptz not null,
    taken_at      timestamptz
);
create index training_order_scope on training_order (scope_code, status);

create table training_course (
    id                bigserial primary key,
    school_id         bigint not null references training_school (id),
    title             varchar(150) not null,
    topic             varchar(100) not null,
    teacher_id        bigint references training_teacher (id),
    order_id          bigint references training_order (id),
    mode              varchar(20) not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    enrolment_closes  timestamptz not null,
    capacity          integer,
    venue_code        varchar(64) not null,
    scope_code        varchar(15) collate "C" not null,
    created_at        timestamptz not null
);
create index training_course_scope on training_course (scope_code, starts_at);
create index training_course_school on training_course (school_id, starts_at);

-- The member's name, grid and branch are kept as at enrolment, so that rates per branch and lists of
-- a course read one table instead of asking the people registry row by row.
create table training_enrolment (
    id            bigserial primary key,
    course_id     bigint not null references training_course (id),
    person_id     bigint not null,
    member_name   varchar(50) not null,
    grid_code     varchar(15) collate "C" not null,
    party_org_id  bigint,
    enrolled_by   varchar(100) not null,
    enrolled_at   timestamptz not null,
    unique (course_id, person_id)
);
create index training_enrolment_grid on training_enrolment (grid_code);

create table training_attendance (
    id              bigserial primary key,
    enrolment_id    bigint not null unique references training_enrolment (id),
    mode            varchar(20) not null,
    minutes_online  integer,
    attended        boolean not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz not null
);
