package org.redgrid.casework;

/**
 * A case category and its deadline policy: an ISO-8601 duration per urgency, and when to warn; for
 * every category with a checklist the documents the resident must provide (一次告知); the longest
 * extension ({@code null}: the original limit) and whether a report-back needs a photo.
 */
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
        boolean active,
        java.util.List<String> checklist,
        String maxExtension,
        boolean evidencePhoto) {}
