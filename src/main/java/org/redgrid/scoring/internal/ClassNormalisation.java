package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 分类排名归一: units are ranked within their class; to compare classes of different sizes a rank becomes
 * the share of its class it stands above, from 100 (first) to 0 (last): 100 × (n − rank) / (n − 1), and
 * 100 for the only unit of a class.
 */
final class ClassNormalisation {

    private ClassNormalisation() {}

    static BigDecimal percentile(int rank, int classSize) {
        if (rank < 1 || rank > classSize) throw new IllegalArgumentException("rank " + rank + " of " + classSize);
        if (classSize == 1) return new BigDecimal("100.00");
        return BigDecimal.valueOf(100L * (classSize - rank))
                .divide(BigDecimal.valueOf(classSize - 1L), Points.SCALE, RoundingMode.HALF_UP);
    }
}
