package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 比例: how many units a share of a population is. The top share rounds down — never more commended
 * than the share allows (10 units at 25 % → 2); the bottom share rounds up — every unit within the
 * share is flagged (86 units at 10 % → 9). Computed in exact decimals, so 30 × 0.1 is 3, not 4.
 */
final class ShareRule {

    private ShareRule() {}

    static int topCount(int population, BigDecimal share) {
        return share == null
                ? 0
                : of(population, share).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    static int bottomCount(int population, BigDecimal share) {
        return share == null
                ? 0
                : of(population, share).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static BigDecimal of(int population, BigDecimal share) {
        return BigDecimal.valueOf(population).multiply(share);
    }
}
