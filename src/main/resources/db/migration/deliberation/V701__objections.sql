-- 公示: objections raised against a published result during its objection period, one per person.
create table delib_objection (
    motion_id bigint not null references delib_motion (id),
    objector  varchar(64) not null,
    reason    varchar(1000) not null,
    at        timestamptz not null,
    primary key (motion_id, objector)
);
