package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import org.redgrid.scoring.SchemeDefinition;

/** A measured item earns its maximum times the fact (0 … 1, 1 best); no measurement earns 0. */
final class FactPoints {

    private FactPoints() {}

    static BigDecimal of(SchemeDefinition.Item item, BigDecimal fact) {
        if (fact == null) return Points.zero();
        BigDecimal bounded = fact.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return Points.of(item.max().multiply(bounded));
    }
}
