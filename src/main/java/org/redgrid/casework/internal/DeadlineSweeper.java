package org.redgrid.casework.internal;

import java.time.Clock;
import org.redgrid.casework.Casework;
import org.redgrid.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline sweep on every node; the sweep's own lock makes one node do the work per tick. */
@Component
class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final Casework casework;
    private final Clock clock;

    DeadlineSweeper(Casework casework, Clock clock) {
        this.casework = casework;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${redgrid.casework.sweep-interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        var result = CurrentActor.runAsSystem(() -> casework.sweepDeadlines(clock.instant()));
        if (result.warned() + result.overdue() + result.lateToReportIn() > 0) {
            log.info(
                    "Deadline sweep: {} yellow, {} red and escalated, {} units late to report in",
                    result.warned(),
                    result.overdue(),
                    result.lateToReportIn());
        }
    }
}
