package org.redgrid.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/** Event publications as a stopped node or an earlier version left them: stored, never completed. */
public final class LeftPublications {

    private LeftPublications() {}

    public static UUID store(
            JdbcClient jdbc, EventSerializer serializer, String listener, Object event, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        values (:id, :listener, :type, :event, :at, 'PROCESSING', 1)""")
                .param("id", id)
                .param("listener", listener)
                .param("type", event.getClass().getName())
                .param("event", serializer.serialize(event).toString())
                .param("at", Timestamp.from(publishedAt))
                .update();
        return id;
    }

    /** The inbox messages taoyuan.grid1 holds about the case number. */
    public static int messagesToGrid1(JdbcClient jdbc, String number) {
        return jdbc.sql("select count(*) from inbox_message where username = 'taoyuan.grid1' and case_number = :n")
                .param("n", number)
                .query(Integer.class)
                .single();
    }
}
