package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Eventually.eventually;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redgrid.support.CaseSteps;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.LeftPublications;
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
        return LeftPublications.store(jdbc, serializer, EarlierCaseMessages.LISTENER, event, event.at());
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

        assertThat(LeftPublications.messagesToGrid1(jdbc, number)).isEqualTo(1);
    }
}
