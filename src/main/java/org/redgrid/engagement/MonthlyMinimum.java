package org.redgrid.engagement;

import org.redgrid.shared.InvalidValue;

/**
 * 每月至少开展1次专项服务: a team must hold this many activities with someone present each month, or it
 * is flagged to its community. Zero turns the flag off for a team.
 */
public record MonthlyMinimum(int activities) {

    public MonthlyMinimum {
        if (activities < 0 || activities > 31) {
            throw new InvalidValue(
                    "monthlyMinimum", "team.minimum", "每月最少活动次数须在 0 到 31 之间", "the monthly minimum must be 0 to 31");
        }
    }

    /** Whether a month with this many activities held falls short. */
    public boolean missedBy(long held) {
        return held < activities;
    }
}
