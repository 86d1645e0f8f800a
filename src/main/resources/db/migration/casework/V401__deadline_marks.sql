-- When the sweep first saw a case pass its yellow and its red line, so each is marked once.
alter table work_case add column warned_at timestamptz;
alter table work_case add column overdue_at timestamptz;
create index work_case_warn_due on work_case (warn_at) where closed_at is null and warned_at is null and warn_at is not null;
