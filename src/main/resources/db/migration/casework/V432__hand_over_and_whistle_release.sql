-- 首问负责: the first member of staff who took a case in. A whistle can always end: the street
-- releases a unit that does not answer, with the reason, and rates each unit's answer (应哨评价).
alter table work_case add column first_receiver varchar(64);
alter table case_whistle add column released_at timestamptz;
alter table case_whistle add column released_by varchar(64);
alter table case_whistle add column release_reason varchar(2000);
alter table case_whistle add column rating varchar(24);
alter table case_whistle add column rated_by varchar(64);
