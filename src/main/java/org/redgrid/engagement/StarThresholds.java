package org.redgrid.engagement;

import java.util.List;
import org.redgrid.shared.InvalidValue;

/**
 * 星级: the yearly points a member needs for one to five stars, strictly ascending. Fewer points than
 * the first threshold is no star.
 */
public record StarThresholds(List<Integer> points) {

    public static final int LEVELS = 5;

    public StarThresholds {
        if (points == null || points.size() != LEVELS) {
            throw new InvalidValue("starThresholds", "stars.count", "须设置五个星级门槛", "five star thresholds are needed");
        }
        points = List.copyOf(points);
        int previous = 0;
        for (Integer threshold : points) {
            if (threshold == null || threshold <= previous) {
                throw new InvalidValue(
                        "starThresholds",
                        "stars.ascending",
                        "星级门槛须为递增的正整数",
                        "star thresholds must be positive and strictly ascending");
            }
            previous = threshold;
        }
    }

    /** The stars a year's points earn: the number of thresholds reached. */
    public int stars(int yearPoints) {
        int stars = 0;
        for (int threshold : points) {
            if (yearPoints >= threshold) stars++;
        }
        return stars;
    }
}
