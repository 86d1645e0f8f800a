package org.redgrid.notification.internal;

import java.util.List;
import java.util.UUID;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.shared.OncePerTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upgrade path of a single case step's message. Earlier versions told a step after its commit,
 * through a stored event publication for {@code CaseListener.on(CaseActionTaken)}; now the message is
 * written inside the step's own transaction and that method is no longer a registry listener, so the
 * registry would never hand it a publication an earlier node left incomplete (stopped between the
 * commit and the delivery). This job hands each such publication to the listener once, in the same
 * transaction that deletes it, so that no message of an acknowledged step is lost by an upgrade.
 */
@Component
class EarlierCaseMessages {

    static final String JOB = "events.earlier-case-messages";
    static final String LISTENER =
            "org.redgrid.notification.internal.CaseListener.on(org.redgrid.casework.CaseActionTaken)";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(EarlierCaseMessages.class);

    private record Left(UUID id, String event) {}

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final CaseListener listener;
    private final OncePerTick oncePerTick;

    EarlierCaseMessages(JdbcClient jdbc, EventSerializer serializer, CaseListener listener, OncePerTick oncePerTick) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.listener = listener;
        this.oncePerTick = oncePerTick;
    }

    /** Delivers up to a batch of the publications left for the earlier listener; answers how many, -1 if another node does. */
    @Scheduled(fixedDelayString = "${redgrid.events.resubmit-interval:PT1M}", initialDelay = 5_000)
    @Transactional
    public int deliver() {
        if (!oncePerTick.claim(JOB)) return -1;
        List<Left> left = jdbc.sql("""
                        select id, serialized_event from event_publication
                         where listener_id = :listener and completion_date is null
                         order by publication_date limit :batch for update skip locked""")
                .param("listener", LISTENER)
                .param("batch", BATCH)
                .query((rs, n) -> new Left(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        if (left.isEmpty()) return 0;
        log.info("Delivering {} case step messages an earlier version left to its event publications", left.size());
        for (Left one : left) {
            listener.on((CaseActionTaken) serializer.deserialize(one.event(), CaseActionTaken.class));
            jdbc.sql("delete from event_publication where id = :id")
                    .param("id", one.id())
                    .update();
        }
        return left.size();
    }
}
