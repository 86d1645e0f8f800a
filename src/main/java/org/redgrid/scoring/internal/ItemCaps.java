package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.util.Collection;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.shared.InvalidValue;

/**
 * 加减分上限: the points of one item lie between 0 and its maximum; bonus items add at most the bonus cap
 * in total and deduction items take away at most the deduction cap (no cap: their plain sum).
 */
record ItemCaps(BigDecimal bonusCap, BigDecimal deductionCap) {

    static ItemCaps of(SchemeDefinition scheme) {
        return new ItemCaps(scheme.bonusCap(), scheme.deductionCap());
    }

    /** Refuses points outside 0 … the item's maximum, naming the item. */
    static BigDecimal checked(SchemeDefinition.Item item, BigDecimal points) {
        if (points == null) {
            throw new InvalidValue("items." + item.code() + ".points", "required", "须填写得分", "points are required");
        }
        if (points.signum() < 0 || points.compareTo(item.max()) > 0 || points.scale() > Points.SCALE) {
            throw new InvalidValue(
                    "items." + item.code() + ".points",
                    "points.range",
                    "得分须在 0 到 " + item.max().toPlainString() + " 之间，至多两位小数",
                    "points must lie between 0 and " + item.max().toPlainString() + ", at most two decimals");
        }
        return Points.of(points);
    }

    BigDecimal bonus(Collection<BigDecimal> points) {
        return capped(points, bonusCap);
    }

    BigDecimal deduction(Collection<BigDecimal> points) {
        return capped(points, deductionCap);
    }

    private static BigDecimal capped(Collection<BigDecimal> points, BigDecimal cap) {
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Points.of(cap == null ? sum : sum.min(cap));
    }
}
