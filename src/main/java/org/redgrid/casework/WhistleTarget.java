package org.redgrid.casework;

import java.time.Instant;

/** 吹哨报到: one unit summoned to a case, lead (主办) or assisting (协办), and where it stands. */
public record WhistleTarget(
        String unit,
        String unitName,
        WhistleRole role,
        Instant whistledAt,
        Instant reportInDue,
        Instant reportedInAt,
        String reportedInBy,
        Instant reportedBackAt,
        String reportedBackBy,
        boolean lateToReportIn) {}
