-- Case numbers from a sequence instead of a counter row per county and day: the counter row was
-- locked by every intake of a county until its commit, which serialised intake.
create sequence case_number_seq;
drop table case_number;
