-- The audit chain is computed after commit. A writing transaction only inserts its entry (with an id
-- from a sequence, no lock); a single chainer later gives committed entries their chain position
-- (seq), in id order, with prev_hash and hash. Until then seq, prev_hash and hash are null.

alter table audit_log disable trigger audit_log_no_update;

alter table audit_log add column id bigint;
update audit_log set id = seq;
alter table audit_log alter column id set not null;
create sequence audit_log_id_seq owned by audit_log.id;
select setval('audit_log_id_seq', coalesce((select max(id) from audit_log), 0) + 1, false);
alter table audit_log alter column id set default nextval('audit_log_id_seq');

alter table audit_log drop constraint audit_log_pkey;
alter table audit_log add primary key (id);
alter table audit_log alter column seq drop not null;
alter table audit_log alter column prev_hash drop not null;
alter table audit_log alter column hash drop not null;
create unique index audit_log_seq on audit_log (seq);
alter table audit_log add constraint audit_log_chained_whole
    check ((seq is null and prev_hash is null and hash is null)
        or (seq is not null and prev_hash is not null and hash is not null));

-- What the chainer picks up next; stays small, since entries leave it within moments.
create index audit_log_unchained on audit_log (id) where seq is null;

drop index audit_log_scope;
drop index audit_log_actor;
create index audit_log_scope on audit_log (scope_code, id);
create index audit_log_actor on audit_log (actor, id);

-- Still append-only: the one update allowed gives an unchained entry its chain position and hashes,
-- and leaves everything it records as it was.
create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
            and (new.id, new.at, new.actor, new.action, new.target_type, new.target_id, new.scope_code, new.detail)
                is not distinct from
                (old.id, old.at, old.actor, old.action, old.target_type, old.target_id, old.scope_code, old.detail) then
        return new;
    end if;
    raise exception 'audit_log is append-only';
end
$$;

alter table audit_log enable trigger audit_log_no_update;
