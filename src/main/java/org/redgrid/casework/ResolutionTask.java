package org.redgrid.casework;

import java.time.LocalDate;

/**
 * 议定事项: the task a passed resolution gives a community. {@code resolution} is the resolution's
 * reference in the deliberation module (one case per reference); {@code gridCode} the grid of the
 * community where the task is carried out; {@code level} the rung that handles it, the community when
 * absent. {@code claimant} (认领) and {@code deadline} are what the meeting agreed, recorded with the
 * case as it is taken in; both optional. The task is filed at once, at that level, for its staff to
 * dispatch.
 */
public record ResolutionTask(
        String resolution,
        String gridCode,
        String category,
        String title,
        String description,
        DivisionLevel level,
        Claimant claimant,
        LocalDate deadline) {

    /** Who claimed the task at the meeting: a unit (by credit code), a party member or a grid. */
    public record Claimant(Kind kind, String reference) {

        /** The three kinds of claimant the articles name (镇党委和“村两委”认领任务). */
        public enum Kind {
            UNIT,
            PARTY_MEMBER,
            GRID
        }
    }
}
