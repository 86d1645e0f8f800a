package org.redgrid.casework;

import java.time.Instant;

/**
 * 吹哨报到: one unit summoned to a case, lead (主办) or assisting (协办), and where it stands: reported in,
 * reported back, or released by the street with a reason; and the street's rating of its answer (应哨评价).
 */
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
        boolean lateToReportIn,
        Instant releasedAt,
        String releaseReason,
        Satisfaction rating) {}
