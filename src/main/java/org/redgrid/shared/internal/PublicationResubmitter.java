package org.redgrid.shared.internal;

import java.time.Duration;
import org.redgrid.shared.OncePerTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes the event publications another node left behind: a node killed after its transaction
 * committed but before its listeners completed leaves their publications in the registry, and
 * {@code republish-outstanding-events-on-restart} only helps if that node comes back. Every node runs
 * this; one per tick (OncePerTick) hands the publications older than {@code redgrid.events.resubmit-after}
 * to their listeners again. The age keeps it off publications a live node is still working on.
 */
@Component
public class PublicationResubmitter {

    public static final String JOB = "events.resubmit";

    private static final Logger log = LoggerFactory.getLogger(PublicationResubmitter.class);

    private final IncompleteEventPublications incomplete;
    private final OncePerTick oncePerTick;
    private final JdbcClient jdbc;
    private final Duration olderThan;

    PublicationResubmitter(
            IncompleteEventPublications incomplete,
            OncePerTick oncePerTick,
            JdbcClient jdbc,
            @Value("${redgrid.events.resubmit-after:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.oncePerTick = oncePerTick;
        this.jdbc = jdbc;
        this.olderThan = olderThan;
    }

    /** Resubmits the publications left incomplete for longer than the set age; answers how many, -1 if another node does. */
    @Scheduled(
            fixedDelayString = "${redgrid.events.resubmit-interval:PT1M}",
            initialDelayString = "${redgrid.events.resubmit-interval:PT1M}")
    @Transactional
    public int resubmit() {
        if (!oncePerTick.claim(JOB)) return -1;
        int stale = jdbc.sql("""
                        select count(*) from event_publication
                         where completion_date is null and publication_date < now() - make_interval(secs => :seconds)""")
                .param("seconds", olderThan.toSeconds())
                .query(Integer.class)
                .single();
        if (stale == 0) return 0;
        log.info("Resubmitting {} event publications left incomplete for more than {}", stale, olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        return stale;
    }
}
