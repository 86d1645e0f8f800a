package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Eventually.eventually;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.support.CaseSteps;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * An upgrade loses no step's message: a publication an earlier version stored for the single-step
 * listener and never completed is delivered once by the job, then gone.
 */
@IntegrationTest
class EarlierCaseMessagesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @Autowired
    EarlierCaseMessages job;

    UUID leftByAnEarlierVersion(String number) {
        var event = CaseSteps.urged(number, "楼道堆物", Instant.now().minus(2, ChronoUnit.HOURS));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                        values (:id, :listener, :type, :event, :at, 'PUBLISHED', 0)""")
                .param("id", id)
                .param("listener", EarlierCaseMessages.LISTENER)
                .param("type", CaseActionTaken.class.getName())
                .param("event", serializer.serialize(event).toString())
                .param("at", Timestamp.from(event.at()))
                .update();
        return id;
    }

    int inboxMessages(String number) {
        return jdbc.sql("select count(*) from inbox_message where username = 'taoyuan.grid1' and case_number = :n")
                .param("n", number)
                .query(Integer.class)
                .single();
    }

    boolean stored(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Test
    void aStepMessageAnEarlierVersionLeftIncompleteIsDeliveredOnceAndItsPublicationRemoved() throws Exception {
        String number = "E" + System.nanoTime() % 1_000_000_000L;
        UUID id = leftByAnEarlierVersion(number);

        // this call or the scheduled one delivers it: either way exactly once
        job.deliver();
        eventually(() -> !stored(id));
        assertThat(job.deliver()).as("nothing left").isLessThanOrEqualTo(0);

        assertThat(inboxMessages(number)).isEqualTo(1);
    }
}
