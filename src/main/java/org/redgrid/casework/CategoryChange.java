package org.redgrid.casework;

/**
 * A category to create or change. Absent {@code warnRatio} means 0.8 (yellow at 80 % of the limit);
 * absent {@code publicView} and {@code active} mean true; absent {@code maxExtension} means an extension
 * reaches at most the original limit; absent {@code evidencePhoto} means no photo is required.
 */
public record CategoryChange(
        String parentCode,
        String nameZh,
        String nameEn,
        String limitGeneral,
        String limitUrgent,
        String limitCritical,
        Double warnRatio,
        Boolean publicView,
        Boolean active,
        java.util.List<String> checklist,
        String maxExtension,
        Boolean evidencePhoto) {}
