package org.redgrid.scoring.internal;

import java.util.Comparator;

/**
 * 同分排序: the higher total ranks first; on equal totals the higher base score (what the unit did on the
 * required items rather than its extras), then the smaller deduction, then the unit code in character
 * order — so the order is total and the same inputs always rank the same.
 */
final class TieBreak {

    static final Comparator<ScoreCard> ORDER = Comparator.comparing(ScoreCard::score)
            .reversed()
            .thenComparing(Comparator.comparing(ScoreCard::base).reversed())
            .thenComparing(ScoreCard::deduction)
            .thenComparing(ScoreCard::unit);

    private TieBreak() {}
}
