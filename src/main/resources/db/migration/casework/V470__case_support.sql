-- 我也遇到 (+1): a resident who finds the problem already reported near them supports it instead of
-- filing a duplicate; one row per person and case.
create table case_support (
    case_id  bigint not null references work_case (id),
    username varchar(64) collate "C" not null,
    at       timestamptz not null,
    primary key (case_id, username)
);
-- The nearby search looks for open cases with a point, by category.
create index work_case_open_point on work_case (category_code, lat) where closed_at is null and lat is not null;
