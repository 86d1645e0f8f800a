package org.redgrid.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.deliberation.MajorityRule.Base.ENTITLED;
import static org.redgrid.deliberation.MajorityRule.Base.PRESENT;
import static org.redgrid.deliberation.MajorityRule.Outcome.NO_QUORUM;
import static org.redgrid.deliberation.MajorityRule.Outcome.PASSED;
import static org.redgrid.deliberation.MajorityRule.Outcome.REJECTED;
import static org.redgrid.deliberation.MajorityRule.Threshold.AT_LEAST_HALF;
import static org.redgrid.deliberation.MajorityRule.Threshold.AT_LEAST_TWO_THIRDS;
import static org.redgrid.deliberation.MajorityRule.Threshold.MORE_THAN_HALF;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

class MajorityRuleTest {

    static final MajorityRule MORE_THAN_HALF_PRESENT = new MajorityRule(BigDecimal.ZERO, PRESENT, MORE_THAN_HALF);

    @Test
    void exactlyHalfInFavourPassesUnderTheMelonShedRule() {
        // 半数以上: 以上 includes the number (民法典 §1259).
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(5, 5, 0, 10, 10))).isEqualTo(PASSED);
    }

    @Test
    void exactlyHalfInFavourFailsUnderTheMoreThanHalfRule() {
        assertThat(MORE_THAN_HALF_PRESENT.decide(new Tally(5, 5, 0, 10, 10))).isEqualTo(REJECTED);
    }

    @Test
    void aTieOfForAndAgainstWithAbstentionsFailsEvenUnderTheMelonShedRule() {
        // 4 for, 4 against, 2 abstain: 4 of 10 present is less than half.
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(4, 4, 2, 10, 10))).isEqualTo(REJECTED);
    }

    @Test
    void anOddNumberPresentNeedsTheLargerHalfUnderBothRules() {
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(4, 5, 0, 9, 9))).isEqualTo(REJECTED);
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(5, 4, 0, 9, 9))).isEqualTo(PASSED);
        assertThat(MORE_THAN_HALF_PRESENT.decide(new Tally(5, 4, 0, 9, 9))).isEqualTo(PASSED);
    }

    @Test
    void abstentionsCountAsNotInFavourUnderThePresentBase() {
        assertThat(MORE_THAN_HALF_PRESENT.decide(new Tally(5, 0, 5, 10, 10))).isEqualTo(REJECTED);
        assertThat(MORE_THAN_HALF_PRESENT.decide(new Tally(6, 0, 4, 10, 10))).isEqualTo(PASSED);
    }

    @Test
    void absenteesCountAsNotInFavourUnderTheEntitledBaseButNotUnderThePresentBase() {
        Tally fewCame = new Tally(4, 1, 0, 12, 5);
        assertThat(new MajorityRule(BigDecimal.ZERO, ENTITLED, AT_LEAST_HALF).decide(fewCame))
                .isEqualTo(REJECTED);
        assertThat(new MajorityRule(BigDecimal.ZERO, PRESENT, AT_LEAST_HALF).decide(fewCame))
                .isEqualTo(PASSED);
    }

    @Test
    void presentVotersWhoDoNotVoteCountLikeAbstentions() {
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(3, 1, 0, 8, 8))).isEqualTo(REJECTED);
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(4, 1, 0, 8, 8))).isEqualTo(PASSED);
    }

    @Test
    void aMeetingBelowItsQuorumPassesNothingAndOneAtItsQuorumMayPass() {
        MajorityRule halfMustCome = new MajorityRule(new BigDecimal("0.5"), PRESENT, MORE_THAN_HALF);
        assertThat(halfMustCome.decide(new Tally(4, 0, 0, 10, 4))).isEqualTo(NO_QUORUM);
        assertThat(halfMustCome.decide(new Tally(5, 0, 0, 10, 5))).isEqualTo(PASSED);
    }

    @Test
    void noVoteInFavourNeverPassesEvenWhenNobodyIsCounted() {
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(0, 0, 0, 3, 0))).isEqualTo(NO_QUORUM);
        assertThat(MajorityRule.MELON_SHED.decide(new Tally(0, 0, 2, 2, 2))).isEqualTo(REJECTED);
    }

    @Test
    void twoThirdsIncludeExactlyTwoThirds() {
        MajorityRule twoThirds = new MajorityRule(BigDecimal.ZERO, ENTITLED, AT_LEAST_TWO_THIRDS);
        assertThat(twoThirds.decide(new Tally(6, 3, 0, 9, 9))).isEqualTo(PASSED);
        assertThat(twoThirds.decide(new Tally(5, 4, 0, 9, 9))).isEqualTo(REJECTED);
    }

    @Test
    void aRuleNamesItsBaseAndThresholdAndAQuorumBetweenNoneAndAll() {
        assertThatThrownBy(() -> new MajorityRule(BigDecimal.ZERO, null, AT_LEAST_HALF))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("rule.base"));
        assertThatThrownBy(() -> new MajorityRule(BigDecimal.ZERO, PRESENT, null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("rule.threshold"));
        assertThatThrownBy(() -> new MajorityRule(new BigDecimal("1.5"), PRESENT, AT_LEAST_HALF))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("rule.quorum"));
    }

    @Test
    void theMelonShedMeetingDefaultsToTheArticlesRuleAndOtherMeetingsToMoreThanHalf() {
        assertThat(MeetingType.MELON_SHED.defaultRule()).isEqualTo(MajorityRule.MELON_SHED);
        assertThat(MeetingType.CONSULTATION.defaultRule().threshold()).isEqualTo(MORE_THAN_HALF);
        assertThat(MeetingType.JOINT_COMMITTEE.defaultRule().base()).isEqualTo(ENTITLED);
    }

    @Test
    void aCountWithMoreVotesThanVotersPresentIsNoCount() {
        assertThatThrownBy(() -> new Tally(3, 3, 0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(1, 0, 0, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
