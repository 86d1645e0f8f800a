package org.redgrid.scoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A measured fact an item may read instead of typed points (满意率, 按期结案率, points, meetings held …).
 * Any module offers one by declaring a bean that implements this; the scheme names it by {@link #key()}.
 */
public interface FactSource {

    /** The name a scheme's item uses, e.g. {@code casework.satisfactionRate}. */
    String key();

    /**
     * The fact for one assessed unit over a period (both dates inclusive), between 0 and 1 where 1 is
     * the best; empty when nothing was measured.
     */
    Optional<Fact> value(AssessedUnit unit, LocalDate from, LocalDate to);

    /** A measured value and where it came from, shown next to the item. */
    record Fact(java.math.BigDecimal value, String source) {}
}
