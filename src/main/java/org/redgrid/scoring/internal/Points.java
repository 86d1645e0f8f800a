package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are kept to two decimals, rounded half up, once and at the end of every computation. */
final class Points {

    static final int SCALE = 2;

    private Points() {}

    static BigDecimal of(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
