package org.redgrid.scoring.internal;

import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.shared.InvalidValue;

/** Checks a scheme with the rules that will score it, so that a scheme they cannot apply is never saved. */
public final class ScoringRules {

    private ScoringRules() {}

    public static void check(SchemeDefinition scheme) {
        ComponentWeights weights = ComponentWeights.of(scheme);
        new LevelThresholds(scheme.thresholds());
        var maximum = weights.maximum(scheme.items())
                .add(
                        scheme.bonusCap() == null
                                ? scheme.bonuses().stream()
                                        .map(SchemeDefinition.Item::max)
                                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                                : scheme.bonusCap());
        for (var threshold : scheme.thresholds()) {
            if (threshold.min().compareTo(maximum) > 0) {
                throw new InvalidValue(
                        "thresholds.min",
                        "threshold.unreachable",
                        "等次 " + threshold.level() + " 的最低分高于可得最高分 " + maximum.toPlainString(),
                        "level " + threshold.level() + " needs more than the highest possible score "
                                + maximum.toPlainString());
            }
        }
    }
}
