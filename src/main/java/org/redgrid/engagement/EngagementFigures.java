package org.redgrid.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Measured facts of a division over a period, for dashboards and the scoring module: registered
 * members, service hours, points, the stars distribution (stars → members) and teams below minimum.
 */
public record EngagementFigures(
        String division,
        LocalDate from,
        LocalDate to,
        long registeredMembers,
        double serviceHours,
        long points,
        Map<Integer, Long> stars,
        List<TeamFlag> teamsBelowMinimum,
        List<MemberFigures> members) {

    /** One member's points and hours over the period. */
    public record MemberFigures(long person, String name, String gridCode, long points, double hours) {}
}
