package org.redgrid.deliberation.internal;

import org.redgrid.casework.CaseActionTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the status of every resolution task from the case engine's events, in the same transaction as
 * the case's step, so a resolution's progress never lags behind or loses a step.
 */
@Component
class TaskFollower {

    private final ResolutionRecords resolutions;

    TaskFollower(ResolutionRecords resolutions) {
        this.resolutions = resolutions;
    }

    @EventListener
    void on(CaseActionTaken event) {
        resolutions.follow(event.caseId(), event.status());
    }
}
