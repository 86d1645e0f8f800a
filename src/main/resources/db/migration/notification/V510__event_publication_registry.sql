-- The event publication registry of Spring Modulith (its schema v2 for PostgreSQL), created by Flyway
-- instead of by Spring Modulith's schema initialization: Flyway holds a lock while it migrates, so
-- nodes that start at the same time on one empty database do not race to create the table.
-- Databases where the initialization already created it keep theirs.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
