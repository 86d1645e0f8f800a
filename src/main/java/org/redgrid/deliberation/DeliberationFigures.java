package org.redgrid.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Measured facts of an area over a period, for oversight and for scoring: meetings held, motions voted
 * and passed, resolution tasks and how many are done, and the residents' average rating (1–5).
 */
public record DeliberationFigures(
        String division,
        LocalDate from,
        LocalDate to,
        int meetingsHeld,
        int motionsClosed,
        int motionsPassed,
        int tasks,
        int tasksDone,
        Double averageRating,
        int ratings) {

    /** Share of closed motions that passed, in percent; null when none was voted. */
    @JsonProperty
    public Double passRate() {
        return motionsClosed == 0 ? null : Math.round(1000.0 * motionsPassed / motionsClosed) / 10.0;
    }

    /** Share of resolution tasks done, in percent; null when there are none. */
    @JsonProperty
    public Double percentDone() {
        return tasks == 0 ? null : Math.round(1000.0 * tasksDone / tasks) / 10.0;
    }
}
