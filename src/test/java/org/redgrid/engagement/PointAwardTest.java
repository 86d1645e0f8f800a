package org.redgrid.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

/** 积分制: what an event earns under a county's rules, and what never earns anything. */
class PointAwardTest {

    static final PointRules RULES = PointRules.defaults();

    static final PointSource CHECK_IN = PointSource.checkIn(7);

    @Test
    void twoHoursAtAnActivityEarnTheCountysRateTwice() {
        var award = PointAward.forService(RULES, CHECK_IN, 120, 0).orElseThrow();

        assertThat(award.rule()).isEqualTo(PointRule.SERVICE_HOURS);
        assertThat(award.points()).isEqualTo(2 * RULES.perServiceHour());
        assertThat(award.source().toString()).isEqualTo("checkin:7");
    }

    @Test
    void aCourseAttendedEarnsTheCountysLearningRateApprovedByTheAttendanceRecord() {
        var award = PointAward.forCourse(RULES, PointSource.course(42), 0).orElseThrow();

        assertThat(award.rule()).isEqualTo(PointRule.LEARNING);
        assertThat(award.points()).isEqualTo(RULES.perLearningSession());
        assertThat(award.source().toString()).isEqualTo("learning:course-42");
        assertThat(award.approver()).isEqualTo(PointAward.COURSE_ATTENDANCE);
        assertThat(PointAward.forCourse(RULES, PointSource.course(42), RULES.yearlyCap()))
                .as("nothing beyond the yearly cap")
                .isEmpty();
    }

    @Test
    void serviceCountsInWholeQuarterHours() {
        var rules = new PointRules(4, 5, 5, 2, 10, 300, ResetPolicy.YEARLY, List.of(10, 30, 60, 100, 150), 1);

        assertThat(PointAward.forService(rules, CHECK_IN, 44, 0).orElseThrow().points())
                .isEqualTo(2);
        assertThat(PointAward.forService(rules, CHECK_IN, 14, 0)).isEmpty();
    }

    @Test
    void theYearlyCapCutsTheLastAwardAndStopsTheNext() {
        int cap = RULES.yearlyCap();

        assertThat(PointAward.forService(RULES, CHECK_IN, 180, cap - 1)
                        .orElseThrow()
                        .points())
                .isEqualTo(1);
        assertThat(PointAward.forService(RULES, CHECK_IN, 180, cap)).isEmpty();
        assertThat(PointAward.forCase(RULES, PointRule.MICRO_WISH, PointSource.closedCase("X-1"), cap + 5))
                .isEmpty();
    }

    @Test
    void aDeductionIsNegativeAndNotStoppedByTheCap() {
        var deduction = PointAward.byHand(
                        RULES,
                        PointRule.DEDUCTION,
                        PointSource.parse("source", "manual:缺席承诺服务"),
                        3,
                        "taoyuan.community",
                        RULES.yearlyCap())
                .orElseThrow();

        assertThat(deduction.points()).isEqualTo(-3);
    }

    @Test
    void aManualAwardNeedsAnApprover() {
        assertThatThrownBy(() -> PointAward.byHand(
                        RULES, PointRule.MANUAL_AWARD, PointSource.parse("source", "manual:扫雪"), 3, null, 0))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("points.approver");
    }

    @Test
    void aManualAwardStaysWithinTheCountysLargest() {
        assertThatThrownBy(() -> PointAward.byHand(
                        RULES,
                        PointRule.MANUAL_AWARD,
                        PointSource.parse("source", "manual:扫雪"),
                        RULES.manualMax() + 1,
                        "a",
                        0))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("points");
    }

    @Test
    void aLearningSessionEarnsTheCountysRateWhateverIsAsked() {
        var award = PointAward.byHand(
                        RULES, PointRule.LEARNING, PointSource.parse("source", "learning:2026-11 党课"), 99, "a", 0)
                .orElseThrow();

        assertThat(award.points()).isEqualTo(RULES.perLearningSession());
    }

    @Test
    void staffCannotAwardServiceHoursOrCasesByHand() {
        assertThatThrownBy(() -> PointAward.byHand(
                        RULES, PointRule.SERVICE_HOURS, PointSource.parse("source", "checkin:1"), 3, "a", 0))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("points.manual-rule");
    }

    @Test
    void aRuleTakesOnlyItsOwnKindOfSource() {
        assertThatThrownBy(() -> new PointAward(PointRule.MICRO_WISH, CHECK_IN, 5, 0, null))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("points.source-kind");
    }

    @Test
    void thereIsNoAwardWithoutASource() {
        assertThatThrownBy(() -> new PointAward(PointRule.MANUAL_AWARD, null, 5, 0, "a"))
                .isInstanceOf(InvalidValue.class);
        for (String missing : new String[] {null, "", "  ", "manual:", "manual"}) {
            assertThatThrownBy(() -> PointSource.parse("source", missing))
                    .as(String.valueOf(missing))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).rule())
                    .isEqualTo("points.source");
        }
    }

    @Test
    void loginsSignInsOnlineTimeReadingAndForwardingNeverEarnPoints() {
        for (String use : new String[] {
            "login:today", "sign_in:2026-12-01", "online_time:3h", "reading:article-9", "forwarding:post-2"
        }) {
            assertThatThrownBy(() -> PointSource.parse("source", use))
                    .as(use)
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).rule())
                    .isEqualTo("points.no-app-use");
        }
        assertThat(PointRule.values())
                .extracting(Enum::name)
                .noneMatch(name -> name.contains("LOGIN") || name.contains("READ") || name.contains("ONLINE"));
    }

    @Test
    void aReversalCancelsTheEntryWithTheSameRuleAndSource() {
        var reversal = PointAward.reversing(PointRule.SERVICE_HOURS, CHECK_IN, 4, "taoyuan.community");

        assertThat(reversal.points()).isEqualTo(-4);
        assertThat(reversal.source()).isEqualTo(CHECK_IN);
    }
}
