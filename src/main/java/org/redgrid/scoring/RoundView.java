package org.redgrid.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round as the caller may see it: its scheme version, period, deadlines and units. */
public record RoundView(
        long id,
        String name,
        long scheme,
        String schemeKey,
        int schemeVersion,
        String schemeName,
        String area,
        LocalDate from,
        LocalDate to,
        LocalDate selfDue,
        LocalDate peerDue,
        LocalDate finalDue,
        String status,
        Instant closedAt,
        boolean assessor,
        List<UnitLine> units) {

    /** One unit of the round, how far its assessment has gone, and what the caller may score of it now. */
    public record UnitLine(
            String unit, String name, String unitClass, String account, String stage, List<Stage> open) {}
}
