-- A representative message's phone code is kept as a keyed hash, like the registration codes: a copy
-- of the database reveals no usable code. Codes in flight when this runs (ten minutes at most) are
-- dropped; their writers ask for a new one.
delete from rep_phone_code;
alter table rep_phone_code drop column code;
alter table rep_phone_code add column code_hash bytea not null;
