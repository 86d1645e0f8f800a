-- When the sweep saw a summoned unit miss its report-in limit, so it is marked once.
alter table case_whistle add column late_marked_at timestamptz;
