package org.redgrid.casework;

/** A case category and its deadline policy: an ISO-8601 duration per urgency, and when to warn. */
public record CategoryView(
        String code,
        String parentCode,
        String nameZh,
        String nameEn,
        String limitGeneral,
        String limitUrgent,
        String limitCritical,
        double warnRatio,
        boolean publicView,
        boolean active) {}
