-- Photos of a case (before/after), kept in the database so that they share its backups and its
-- transactions; only JPEG, PNG and WebP by their magic bytes, at most 5 MB each.
create table case_attachment (
    id            bigserial primary key,
    case_id       bigint not null references work_case (id),
    grid_code     varchar(15) collate "C" not null,
    filename      varchar(200) not null,
    content_type  varchar(32) not null,
    size          integer not null,
    sha256        bytea not null,
    content       bytea not null,
    uploaded_by   varchar(64) not null,
    uploaded_at   timestamptz not null
);
create index case_attachment_case on case_attachment (case_id, id);
