-- Resident onboarding: an account may carry a mobile number (encrypted, with a keyed lookup hash like
-- every other piece of personal data) to register, log in and reset its password with; one-time codes
-- are kept only as keyed hashes, and every code sent is logged by phone hash for the per-phone limits.

alter table app_user add column phone_enc bytea;
alter table app_user add column phone_hash bytea;
create unique index app_user_phone on app_user (phone_hash) where phone_hash is not null;

create table one_time_code (
    purpose     varchar(16) not null,
    phone_hash  bytea not null,
    code_hash   bytea not null,
    sent_at     timestamptz not null,
    attempts    integer not null default 0,
    primary key (purpose, phone_hash)
);

create table one_time_code_send (
    phone_hash  bytea not null,
    sent_at     timestamptz not null
);
create index one_time_code_send_phone on one_time_code_send (phone_hash, sent_at);
