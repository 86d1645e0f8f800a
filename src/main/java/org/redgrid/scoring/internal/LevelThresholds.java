package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.redgrid.scoring.SchemeDefinition.Threshold;
import org.redgrid.shared.InvalidValue;

/**
 * 等次: a score reaches the highest level whose least score it equals or exceeds — "90分(含)以上" is five
 * stars at exactly 90. Below the lowest threshold a score has no level.
 */
final class LevelThresholds {

    private final List<Threshold> descending;

    LevelThresholds(List<Threshold> thresholds) {
        var levels = new HashSet<String>();
        var mins = new HashSet<BigDecimal>();
        for (Threshold t : thresholds) {
            if (t.min().signum() < 0) {
                throw new InvalidValue(
                        "thresholds.min", "range", "等次最低分不能为负", "a level's least score must not be negative");
            }
            if (!levels.add(t.level()) || !mins.add(t.min().stripTrailingZeros())) {
                throw new InvalidValue(
                        "thresholds", "level.duplicate", "等次名称和最低分不能重复", "levels and their least scores must differ");
            }
        }
        this.descending = thresholds.stream()
                .sorted(Comparator.comparing(Threshold::min).reversed())
                .toList();
    }

    Optional<String> levelOf(BigDecimal score) {
        return descending.stream()
                .filter(t -> score.compareTo(t.min()) >= 0)
                .map(Threshold::level)
                .findFirst();
    }

    /** The highest level, if any. */
    Optional<String> top() {
        return descending.stream().map(Threshold::level).findFirst();
    }

    /** The level right below the top one (where units over a capped top share go), if any. */
    Optional<String> belowTop() {
        return descending.stream().skip(1).map(Threshold::level).findFirst();
    }
}
