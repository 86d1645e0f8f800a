package org.redgrid.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The closed-loop indicators of one area over a period (cases taken in from {@code from} to {@code to},
 * both inclusive), with the same figures for each area one level down, and the most frequent
 * categories (candidates for 每月一题). Rates are between 0 and 1, or null when nothing was counted.
 */
public record IndicatorReport(
        String division,
        LocalDate from,
        LocalDate to,
        Figures total,
        List<Figures> children,
        List<CategoryCount> topCategories) {

    /**
     * The figures of one area. 响应率 = accepted or reported-in / dispatched; 解决率 = resolved / rated;
     * 满意率 = satisfied or basically satisfied / rated; 结案率 = closed / (filed − suspended);
     * 按期结案率 = closed by the deadline / closed; 返工率 = cases with a failed verification / verified.
     */
    public record Figures(
            String code,
            long cases,
            long filed,
            long dispatched,
            long closed,
            long rated,
            Double responseRate,
            Double resolutionRate,
            Double satisfactionRate,
            Double closureRate,
            Double onTimeClosureRate,
            Double reworkRate,
            Double averageHandlingHours) {}

    /** How many cases one category had. */
    public record CategoryCount(String code, String name, long cases) {}
}
