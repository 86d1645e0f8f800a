-- Indicator rollups fed by the cases' own changes, so that the dashboard of a city, a county or the
-- whole region reads a few thousand summed rows instead of scanning millions of cases.
--
-- Every insert or update of a case that changes what it contributes to the indicators appends one
-- row to case_indicator_change, in the same transaction (a trigger, so no write path can forget it).
-- The change table is append-only and has no hot rows: concurrent intakes never wait for each other
-- on it. A fold, run every few seconds by the platform, moves the committed changes into the daily
-- rollups per area in one transaction; readers add the rollups and the not yet folded changes in one
-- statement, so they always see exactly the current cases.

-- Whether a case ever had an event of the kinds the indicators count; set by the event trigger below.
alter table work_case add column has_dispatch_event boolean not null default false;
alter table work_case add column has_response_event boolean not null default false;
alter table work_case add column has_verify_event boolean not null default false;

update work_case c set has_dispatch_event = true
 where exists (select 1 from case_event e where e.case_id = c.id and e.action in ('DISPATCH', 'WHISTLE'));
update work_case c set has_response_event = true
 where exists (select 1 from case_event e where e.case_id = c.id and e.action in ('ACCEPT', 'REPORT_IN'));
update work_case c set has_verify_event = true
 where exists (select 1 from case_event e where e.case_id = c.id and e.action in ('VERIFY_PASS', 'VERIFY_FAIL'));

create function case_event_marks_case() returns trigger language plpgsql as $$
begin
    if new.action in ('DISPATCH', 'WHISTLE') then
        update work_case set has_dispatch_event = true where id = new.case_id and not has_dispatch_event;
    elsif new.action in ('ACCEPT', 'REPORT_IN') then
        update work_case set has_response_event = true where id = new.case_id and not has_response_event;
    else
        update work_case set has_verify_event = true where id = new.case_id and not has_verify_event;
    end if;
    return null;
end
$$;
create trigger case_event_marks_case after insert on case_event for each row
    when (new.action in ('DISPATCH', 'WHISTLE', 'ACCEPT', 'REPORT_IN', 'VERIFY_PASS', 'VERIFY_FAIL'))
    execute function case_event_marks_case();

-- The local day a case was taken in: the indicators count cases by the day of their intake.
create function case_intake_day(created_at timestamptz) returns date language sql immutable parallel safe as $$
    select (created_at at time zone 'Asia/Shanghai')::date
$$;

-- What one case adds to the figures, in this order: cases, filed, dispatched, responded, closed,
-- closed on time, suspended, rated, resolved, satisfied, verified, reworked. The meaning is the one
-- of the full computation over the cases and their events (CaseIndicators.reportFromCases).
create function case_indicator_figures(c work_case) returns integer[] language sql immutable parallel safe as $$
    select array[
        1,
        (c.status not in ('INTAKE', 'CANCELLED'))::int,
        (c.dispatched_at is not null or c.has_dispatch_event)::int,
        c.has_response_event::int,
        (c.closed_at is not null)::int,
        (c.closed_at is not null and (c.deadline_at is null or c.closed_at <= c.deadline_at)
            and c.overdue_at is null)::int,
        (c.suspended_since is not null)::int,
        (c.satisfaction is not null)::int,
        coalesce(c.resolved, false)::int,
        coalesce(c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'), false)::int,
        c.has_verify_event::int,
        (c.rework_count > 0)::int]
$$;

create function case_handling_seconds(c work_case) returns numeric language sql immutable parallel safe as $$
    select case when c.closed_at is null then 0 else extract(epoch from (c.closed_at - c.created_at)) end
$$;

create table case_indicator_change (
    day               date not null,
    grid_code         varchar(15) collate "C" not null,
    category_code     varchar(48) collate "C" not null,
    cases             integer not null,
    filed             integer not null,
    dispatched        integer not null,
    responded         integer not null,
    closed            integer not null,
    closed_on_time    integer not null,
    suspended         integer not null,
    rated             integer not null,
    resolved          integer not null,
    satisfied         integer not null,
    verified          integer not null,
    reworked          integer not null,
    handling_seconds  numeric not null
);

-- The figures of one area (a city, county, street or community: level = digits of its code) on one
-- day of intake. Levels 4 to 12 are the children of the region, a city, a county and a street.
create table case_rollup (
    level             smallint not null check (level in (4, 6, 9, 12)),
    area              varchar(12) collate "C" not null,
    day               date not null,
    cases             integer not null,
    filed             integer not null,
    dispatched        integer not null,
    responded         integer not null,
    closed            integer not null,
    closed_on_time    integer not null,
    suspended         integer not null,
    rated             integer not null,
    resolved          integer not null,
    satisfied         integer not null,
    verified          integer not null,
    reworked          integer not null,
    handling_seconds  numeric not null,
    primary key (level, area, day)
);

-- Cases per category of one area (the region, a city, county or street) on one day of intake.
create table case_category_rollup (
    level          smallint not null check (level in (2, 4, 6, 9)),
    area           varchar(12) collate "C" not null,
    day            date not null,
    category_code  varchar(48) collate "C" not null,
    cases          integer not null,
    primary key (level, area, day, category_code)
);

create function case_indicator_feed() returns trigger language plpgsql as $$
declare
    before_figures integer[] := array_fill(0, array[12]);
    after_figures  integer[] := array_fill(0, array[12]);
    before_seconds numeric := 0;
    after_seconds  numeric := 0;
    d integer[];
begin
    if tg_op <> 'INSERT' then
        before_figures := case_indicator_figures(old);
        before_seconds := case_handling_seconds(old);
    end if;
    if tg_op <> 'DELETE' then
        after_figures := case_indicator_figures(new);
        after_seconds := case_handling_seconds(new);
    end if;
    if tg_op = 'UPDATE' and old.grid_code = new.grid_code and old.category_code = new.category_code
            and case_intake_day(old.created_at) = case_intake_day(new.created_at) then
        if before_figures = after_figures and before_seconds = after_seconds then
            return null;
        end if;
        d := after_figures;
        insert into case_indicator_change values (case_intake_day(new.created_at), new.grid_code, new.category_code,
            d[1] - before_figures[1], d[2] - before_figures[2], d[3] - before_figures[3], d[4] - before_figures[4],
            d[5] - before_figures[5], d[6] - before_figures[6], d[7] - before_figures[7], d[8] - before_figures[8],
            d[9] - before_figures[9], d[10] - before_figures[10], d[11] - before_figures[11],
            d[12] - before_figures[12], after_seconds - before_seconds);
        return null;
    end if;
    if tg_op <> 'INSERT' then
        d := before_figures;
        insert into case_indicator_change values (case_intake_day(old.created_at), old.grid_code, old.category_code,
            -d[1], -d[2], -d[3], -d[4], -d[5], -d[6], -d[7], -d[8], -d[9], -d[10], -d[11], -d[12], -before_seconds);
    end if;
    if tg_op <> 'DELETE' then
        d := after_figures;
        insert into case_indicator_change values (case_intake_day(new.created_at), new.grid_code, new.category_code,
            d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], after_seconds);
    end if;
    return null;
end
$$;
create trigger case_indicator_feed after insert or update or delete on work_case for each row
    execute function case_indicator_feed();

-- Moves the committed changes into the rollups, in one transaction; returns how many it moved.
-- Changes of transactions still running stay behind for the next fold.
create function case_rollup_fold() returns integer language sql as $$
    with moved as (delete from case_indicator_change returning *),
    areas as (
        insert into case_rollup as r
        select l.level, substr(m.grid_code, 1, l.level), m.day, sum(m.cases), sum(m.filed), sum(m.dispatched),
               sum(m.responded), sum(m.closed), sum(m.closed_on_time), sum(m.suspended), sum(m.rated), sum(m.resolved),
               sum(m.satisfied), sum(m.verified), sum(m.reworked), sum(m.handling_seconds)
          from moved m cross join (values (4), (6), (9), (12)) as l(level)
         group by 1, 2, 3
            on conflict (level, area, day) do update set
               cases = r.cases + excluded.cases, filed = r.filed + excluded.filed,
               dispatched = r.dispatched + excluded.dispatched, responded = r.responded + excluded.responded,
               closed = r.closed + excluded.closed, closed_on_time = r.closed_on_time + excluded.closed_on_time,
               suspended = r.suspended + excluded.suspended, rated = r.rated + excluded.rated,
               resolved = r.resolved + excluded.resolved, satisfied = r.satisfied + excluded.satisfied,
               verified = r.verified + excluded.verified, reworked = r.reworked + excluded.reworked,
               handling_seconds = r.handling_seconds + excluded.handling_seconds),
    categories as (
        insert into case_category_rollup as r
        select l.level, substr(m.grid_code, 1, l.level), m.day, m.category_code, sum(m.cases)
          from moved m cross join (values (2), (4), (6), (9)) as l(level)
         group by 1, 2, 3, 4
        having sum(m.cases) <> 0
            on conflict (level, area, day, category_code) do update set cases = r.cases + excluded.cases)
    select count(*)::integer from moved
$$;

-- Recomputes all rollups from the cases themselves (after a bulk load, or to repair): one pass over
-- the cases for the communities and one for the categories of the streets; the levels above are
-- summed from those.
create function case_rollup_rebuild() returns bigint language plpgsql as $$
declare
    level_digits integer;
    cases_counted bigint;
begin
    lock table case_indicator_change in exclusive mode;
    delete from case_indicator_change;
    truncate case_rollup, case_category_rollup;
    insert into case_rollup
    select 12, substr(c.grid_code, 1, 12), case_intake_day(c.created_at),
           sum(f[1]), sum(f[2]), sum(f[3]), sum(f[4]), sum(f[5]), sum(f[6]), sum(f[7]), sum(f[8]), sum(f[9]),
           sum(f[10]), sum(f[11]), sum(f[12]), sum(case_handling_seconds(c))
      from work_case c cross join lateral (select case_indicator_figures(c) as f) as x
     group by 2, 3;
    insert into case_category_rollup
    select 9, substr(c.grid_code, 1, 9), case_intake_day(c.created_at), c.category_code, count(*)
      from work_case c
     group by 2, 3, 4;
    foreach level_digits in array array[9, 6, 4] loop
        insert into case_rollup
        select level_digits, substr(r.area, 1, level_digits), r.day, sum(r.cases), sum(r.filed), sum(r.dispatched),
               sum(r.responded), sum(r.closed), sum(r.closed_on_time), sum(r.suspended), sum(r.rated),
               sum(r.resolved), sum(r.satisfied), sum(r.verified), sum(r.reworked), sum(r.handling_seconds)
          from case_rollup r
         where r.level = (case level_digits when 9 then 12 when 6 then 9 else 6 end)
         group by 2, 3;
    end loop;
    foreach level_digits in array array[6, 4, 2] loop
        insert into case_category_rollup
        select level_digits, substr(r.area, 1, level_digits), r.day, r.category_code, sum(r.cases)
          from case_category_rollup r
         where r.level = (case level_digits when 6 then 9 when 4 then 6 else 4 end)
         group by 2, 3, 4;
    end loop;
    select coalesce(sum(cases), 0) into cases_counted from case_rollup where level = 4;
    return cases_counted;
end
$$;

select case_rollup_rebuild();

-- The open cases of an area, newest first: a street's or community's overdue and pending lists read
-- only the open cases of their grid range instead of every case the area ever had.
create index work_case_open_scope on work_case (grid_code, id) where closed_at is null and status <> 'CANCELLED';
