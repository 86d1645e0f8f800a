package org.redgrid.deliberation;

import java.math.BigDecimal;
import org.redgrid.shared.InvalidValue;

/**
 * 表决规则: when a motion passes. {@code quorum} is the share of the entitled who must be present (0 for
 * none); {@code base} what the votes in favour are counted against; {@code threshold} how many of the
 * base must be in favour. "半数以上" includes exactly half (民法典 §1259: 以上 includes the number), "过半数"
 * needs more than half. Under the PRESENT base an abstention counts as not in favour; under the ENTITLED
 * base an absentee does too.
 */
public record MajorityRule(BigDecimal quorum, Base base, Threshold threshold) {

    /** What the votes in favour are measured against. */
    public enum Base {
        ENTITLED,
        PRESENT
    }

    /** The share of the base that must be in favour, and whether reaching it exactly is enough. */
    public enum Threshold {
        AT_LEAST_HALF("半数以上", 1, 2, true),
        MORE_THAN_HALF("过半数", 1, 2, false),
        AT_LEAST_TWO_THIRDS("三分之二以上", 2, 3, true);

        private final String nameZh;
        private final int numerator;
        private final int denominator;
        private final boolean inclusive;

        Threshold(String nameZh, int numerator, int denominator, boolean inclusive) {
            this.nameZh = nameZh;
            this.numerator = numerator;
            this.denominator = denominator;
            this.inclusive = inclusive;
        }

        public String nameZh() {
            return nameZh;
        }

        /** Whether {@code votes} of {@code base} reach the threshold, in whole numbers (no rounding). */
        boolean reachedBy(long votes, long base) {
            long scaledVotes = votes * denominator;
            long scaledBase = base * numerator;
            return inclusive ? scaledVotes >= scaledBase : scaledVotes > scaledBase;
        }
    }

    /** What the count says. */
    public enum Outcome {
        PASSED,
        REJECTED,
        NO_QUORUM;

        public boolean passed() {
            return this == PASSED;
        }
    }

    /** The article's melon-shed rule: 每项决议都需半数以上同意, of those present, no quorum named. */
    public static final MajorityRule MELON_SHED =
            new MajorityRule(BigDecimal.ZERO, Base.PRESENT, Threshold.AT_LEAST_HALF);

    public MajorityRule {
        if (quorum == null) quorum = BigDecimal.ZERO;
        if (quorum.signum() < 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValue("rule.quorum", "range", "法定人数比例须在 0 与 1 之间", "quorum must lie between 0 and 1");
        }
        if (base == null) throw new InvalidValue("rule.base", "required", "须指定表决基数", "rule.base is required");
        if (threshold == null) {
            throw new InvalidValue("rule.threshold", "required", "须指定通过比例", "rule.threshold is required");
        }
    }

    public Outcome decide(Tally tally) {
        boolean quorate =
                BigDecimal.valueOf(tally.present()).compareTo(quorum.multiply(BigDecimal.valueOf(tally.entitled())))
                        >= 0;
        if (!quorate || tally.present() == 0) return Outcome.NO_QUORUM;
        long counted = base == Base.ENTITLED ? tally.entitled() : tally.present();
        return tally.inFavour() > 0 && threshold.reachedBy(tally.inFavour(), counted)
                ? Outcome.PASSED
                : Outcome.REJECTED;
    }
}
