package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit's settled score: the base score from its items, the capped bonus and deduction, and the total
 * (never below 0), with the settled points of every item for its breakdown.
 */
record ScoreCard(
        String unit,
        String unitClass,
        BigDecimal base,
        BigDecimal bonus,
        BigDecimal deduction,
        BigDecimal score,
        Map<String, BigDecimal> items) {

    static ScoreCard of(
            String unit,
            String unitClass,
            BigDecimal base,
            BigDecimal bonus,
            BigDecimal deduction,
            Map<String, BigDecimal> items) {
        BigDecimal total = base.add(bonus).subtract(deduction).max(BigDecimal.ZERO);
        return new ScoreCard(unit, unitClass, base, bonus, deduction, Points.of(total), Map.copyOf(items));
    }
}
