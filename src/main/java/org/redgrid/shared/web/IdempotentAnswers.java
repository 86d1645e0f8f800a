package org.redgrid.shared.web;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.redgrid.shared.IdempotencyKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The first answers to writes sent with an {@code Idempotency-Key}, per user, in PostgreSQL. A key is
 * claimed by inserting its row before the write and answered in the same transaction after it, so a
 * concurrent retry waits on the row and a crash after the commit still replays.
 */
@Component
class IdempotentAnswers {

    /** A stored first answer; {@code status} is null while the first request is still being answered. */
    record Answer(String fingerprint, Integer status, String contentType, String location, byte[] body) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentAnswers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for this request; empty when it is now ours, else the earlier request's answer
     * (waiting for a concurrent first request to commit or roll back).
     */
    Optional<Answer> claim(String actor, IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        // One statement: a new key is inserted; an expired key not yet swept is taken over as new.
        int claimed = jdbc.sql("""
                        insert into idempotent_request (actor, key, fingerprint, created_at)
                        values (:actor, :key, :fingerprint, :now)
                        on conflict (actor, key) do update
                           set fingerprint = excluded.fingerprint, created_at = excluded.created_at, status = null,
                               content_type = null, location = null, body = null
                         where idempotent_request.created_at <= :expired""")
                .param("actor", actor)
                .param("key", key.value())
                .param("fingerprint", fingerprint)
                .param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(IdempotencyKey.RETENTION)))
                .update();
        if (claimed == 1) return Optional.empty();
        return jdbc.sql("""
                        select fingerprint, status, content_type, location, body from idempotent_request
                         where actor = :actor and key = :key""")
                .param("actor", actor)
                .param("key", key.value())
                .query((rs, n) -> new Answer(
                        rs.getString("fingerprint"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
    }

    void answer(String actor, IdempotencyKey key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        update idempotent_request set status = :status, content_type = :type, location = :location,
                               body = :body where actor = :actor and key = :key""")
                .param("status", status)
                .param("type", contentType, Types.VARCHAR)
                .param("location", location, Types.VARCHAR)
                .param("body", body, Types.BINARY)
                .param("actor", actor)
                .param("key", key.value())
                .update();
    }

    /** Forgets answers past the retention. */
    @Scheduled(fixedDelayString = "${redgrid.idempotency.sweep-interval:PT1H}", initialDelayString = "PT5M")
    int sweep() {
        return jdbc.sql("delete from idempotent_request where created_at <= :expired")
                .param("expired", Timestamp.from(clock.instant().minus(IdempotencyKey.RETENTION)))
                .update();
    }
}
