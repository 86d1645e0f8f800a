package org.redgrid.casework.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CasesTaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.ApplicationModuleListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case events to Kafka (互联互通, docs/kafka.md), when {@code redgrid.kafka.enabled}: every case action,
 * after its transaction has committed, as a {@link CaseMessage} keyed by the case id, so all messages
 * of one case land in one partition. The send is waited for; until the broker has acknowledged it the
 * event publication stays open and is sent again after a restart, so a broker that is down delays
 * messages and loses none (a message may then arrive twice).
 */
class CaseFeed {

    private static final long ACK_SECONDS = 30;

    private final KafkaOperations<String, String> kafka;
    private final String topic;
    private final JdbcClient primary;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseFeed(KafkaOperations<String, String> kafka, String topic, JdbcClient primary) {
        this.kafka = kafka;
        this.topic = topic;
        this.primary = primary;
    }

    @ApplicationModuleListener
    void on(CaseActionTaken event) {
        send(message(event));
    }

    /** A bulk intake's cases, one message each, in their order. */
    @ApplicationModuleListener
    void on(CasesTaken batch) {
        batch.cases().forEach(event -> send(message(event)));
    }

    /**
     * The public shape of an event; type and category come with it, or for a publication stored before
     * events carried them, from the case itself, on the primary.
     */
    CaseMessage message(CaseActionTaken event) {
        if (event.type() != null) return CaseMessage.of(event, event.type(), event.category());
        return primary.sql("select type, category_code from work_case where id = :id")
                .param("id", event.caseId())
                .query((rs, row) -> CaseMessage.of(event, CaseType.valueOf(rs.getString(1)), rs.getString(2)))
                .single();
    }

    void send(CaseMessage message) {
        try {
            kafka.send(topic, Long.toString(message.caseId()), json.writeValueAsString(message))
                    .get(ACK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending case " + message.number() + " to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take case " + message.number() + ": " + e.getMessage(), e);
        }
    }
}
