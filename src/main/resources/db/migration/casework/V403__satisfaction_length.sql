-- BASICALLY_SATISFIED needs more room than the first schema gave.
alter table work_case alter column satisfaction type varchar(24);
