-- A resident account may be linked to one person of the registry once the community confirms who it
-- is (the request lives in people, table person_link); a person has at most one linked account.
-- No foreign key: the person table belongs to the people module.

alter table app_user add column person_id bigint;
create unique index app_user_person on app_user (person_id) where person_id is not null;
