-- Photos of a report form refused for another field, kept for the person who chose them so that they
-- need not pick them again; taken when the form is sent again, forgotten after a day.
create table case_pending_photo (
    id        bigserial primary key,
    token     varchar(36) collate "C" not null,
    username  varchar(64) collate "C" not null,
    filename  varchar(200) not null,
    content   bytea not null,
    kept_at   timestamptz not null
);
create index case_pending_photo_token on case_pending_photo (token, username);
create index case_pending_photo_kept on case_pending_photo (kept_at);
