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
     * The figures of one area. 响应率 = accepted, reported-in or taken over / dispatched; 解决率 = resolved /
     * rated; 满意率 = satisfied or basically satisfied / rated; 结案率 = closed / (filed − suspended);
     * 按期结案率 = closed by the deadline / closed; 返工率 = cases with a failed verification / verified.
     * In the breakdown by partner unit only, {@code ratedAnswers} is how many of the unit's answers to a
     * whistle the street rated (应哨评价) and {@code answerSatisfactionRate} (应哨满意率) the share of them
     * rated satisfied or basically satisfied; both are null elsewhere.
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
            Double averageHandlingHours,
            Long ratedAnswers,
            Double answerSatisfactionRate) {

        Figures withAnswers(long rated, long satisfied) {
            return new Figures(
                    code,
                    cases,
                    filed,
                    dispatched,
                    closed,
                    this.rated,
                    responseRate,
                    resolutionRate,
                    satisfactionRate,
                    closureRate,
                    onTimeClosureRate,
                    reworkRate,
                    averageHandlingHours,
                    rated,
                    ratio(satisfied, rated));
        }
    }

    static Double ratio(long part, long whole) {
        return whole <= 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** How many cases one category had. */
    public record CategoryCount(String code, String name, long cases) {}
}
