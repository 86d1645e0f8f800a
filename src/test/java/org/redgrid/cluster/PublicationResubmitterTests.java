package org.redgrid.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CasesTaken;
import org.redgrid.shared.OncePerTick;
import org.redgrid.shared.internal.PublicationResubmitter;
import org.redgrid.support.CaseSteps;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.LeftPublications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node killed after its transaction committed leaves the event publications of that transaction
 * incomplete; a surviving node hands them to their listeners again, once per tick among the nodes.
 */
@IntegrationTest
class PublicationResubmitterTests {

    static final String LISTENER = "org.redgrid.notification.internal.CaseListener.on(org.redgrid.casework.CasesTaken)";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OncePerTick oncePerTick;

    @Autowired
    PublicationResubmitter resubmitter;

    /** A bulk intake's publication as a killed node left it: stored, published an hour ago, never completed. */
    UUID leftByAKilledNode(String number) {
        var event = CaseSteps.urged(number, "路灯不亮", Instant.now().minus(1, ChronoUnit.HOURS));
        return LeftPublications.store(jdbc, serializer, LISTENER, new CasesTaken(List.of(event)), event.at());
    }

    boolean incomplete(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id and completion_date is null")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Test
    void aPublicationLeftByAKilledNodeIsCompletedByTheSurvivor() throws Exception {
        String number = "R" + System.nanoTime() % 1_000_000_000L;
        UUID id = leftByAKilledNode(number);

        assertThat(resubmitter.resubmit()).isPositive();

        for (int i = 0; i < 600 && (incomplete(id) || LeftPublications.messagesToGrid1(jdbc, number) == 0); i++)
            Thread.sleep(100);
        assertThat(LeftPublications.messagesToGrid1(jdbc, number)).isEqualTo(1);
        assertThat(incomplete(id)).isFalse();
    }

    @Test
    void whileAnotherNodeResubmitsThisOneLeavesThePublicationsToIt() {
        Integer resubmitted = transactions.execute(tx -> {
            assertThat(oncePerTick.claim(PublicationResubmitter.JOB)).isTrue();
            return CompletableFuture.supplyAsync(resubmitter::resubmit).join();
        });

        assertThat(resubmitted).isEqualTo(-1);
    }
}
