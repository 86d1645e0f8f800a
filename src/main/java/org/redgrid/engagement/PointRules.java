package org.redgrid.engagement;

import java.util.List;
import org.redgrid.shared.InvalidValue;

/**
 * A county's point rules (积分规则): points per service hour, per completed micro-wish and service order,
 * per learning session, the largest manual award or deduction, the yearly cap, whether totals reset
 * each year, the star thresholds and a team's monthly minimum.
 */
public record PointRules(
        int perServiceHour,
        int perMicroWish,
        int perServiceOrder,
        int perLearningSession,
        int manualMax,
        int yearlyCap,
        ResetPolicy reset,
        List<Integer> starThresholds,
        int monthlyMinimum) {

    public PointRules {
        within("perServiceHour", perServiceHour, 0, 100);
        within("perMicroWish", perMicroWish, 0, 100);
        within("perServiceOrder", perServiceOrder, 0, 100);
        within("perLearningSession", perLearningSession, 0, 100);
        within("manualMax", manualMax, 1, 100);
        within("yearlyCap", yearlyCap, 1, 100_000);
        if (reset == null) throw new InvalidValue("reset", "required", "须指定积分清零方式", "reset is required");
        starThresholds = new StarThresholds(starThresholds).points();
        new MonthlyMinimum(monthlyMinimum);
    }

    /** The rules of a county that has not set its own. */
    public static PointRules defaults() {
        return new PointRules(2, 5, 5, 2, 10, 300, ResetPolicy.YEARLY, List.of(10, 30, 60, 100, 150), 1);
    }

    public StarThresholds stars() {
        return new StarThresholds(starThresholds);
    }

    /** Points for one unit of the rule's source: an hour, a case, a session (manual rules: none). */
    int perUnit(PointRule rule) {
        return switch (rule) {
            case SERVICE_HOURS -> perServiceHour;
            case MICRO_WISH -> perMicroWish;
            case SERVICE_ORDER -> perServiceOrder;
            case LEARNING -> perLearningSession;
            case MANUAL_AWARD, DEDUCTION -> 0;
        };
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValue(
                    field,
                    "points.range",
                    field + " 须在 " + min + " 到 " + max + " 之间",
                    field + " must be between " + min + " and " + max);
        }
    }
}
