-- How far an extension may reach (null: at most the case's original limit), and whether a report-back
-- of the category must carry a photo as evidence.
alter table case_category add column max_extension varchar(32);
alter table case_category add column evidence_photo boolean not null default false;
