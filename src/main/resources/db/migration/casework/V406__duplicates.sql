-- A duplicate report points at its master case; closing the master answers it.
alter table work_case add column master_id bigint references work_case (id);
create index work_case_master on work_case (master_id) where master_id is not null;
create index work_case_open_category on work_case (category_code, grid_code) where closed_at is null;
