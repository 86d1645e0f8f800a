package org.redgrid.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.SchemeDefinition.ConflictRule;
import org.redgrid.scoring.SchemeDefinition.Threshold;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.InvalidValue;

/** The named rules of the scoring engine, each on its own. */
class ScoringRulesTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LevelThresholds stars() {
        return new LevelThresholds(
                List.of(new Threshold("五星级", d("90")), new Threshold("四星级", d("80")), new Threshold("三星级", d("70"))));
    }

    static SchemeDefinition.Item item(String code, String max, String component) {
        return new SchemeDefinition.Item(code, code, d(max), false, component, null);
    }

    @Test
    void exactlyNinetyIsFiveStars() {
        assertThat(stars().levelOf(d("90"))).contains("五星级");
        assertThat(stars().levelOf(d("89.99"))).contains("四星级");
        assertThat(stars().levelOf(d("69.99"))).isEmpty();
    }

    @Test
    void thresholdsGivenInAnyOrderGiveTheSameLevels() {
        var shuffled = new LevelThresholds(
                List.of(new Threshold("三星级", d("70")), new Threshold("五星级", d("90")), new Threshold("四星级", d("80"))));
        assertThat(shuffled.levelOf(d("85"))).contains("四星级");
        assertThat(shuffled.top()).contains("五星级");
        assertThat(shuffled.belowTop()).contains("四星级");
    }

    @Test
    void twoLevelsWithTheSameLeastScoreAreRefused() {
        assertThatThrownBy(() ->
                        new LevelThresholds(List.of(new Threshold("优秀", d("90")), new Threshold("良好", d("90.0")))))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("thresholds");
    }

    @Test
    void bonusPointsStopAtTheBonusCapAndDeductionsAtTheDeductionCap() {
        var caps = new ItemCaps(d("40"), d("10"));
        assertThat(caps.bonus(List.of(d("30"), d("25")))).isEqualByComparingTo("40");
        assertThat(caps.bonus(List.of(d("15"), d("5")))).isEqualByComparingTo("20");
        assertThat(caps.deduction(List.of(d("8"), d("8")))).isEqualByComparingTo("10");
    }

    @Test
    void withoutACapBonusesAddUp() {
        assertThat(new ItemCaps(null, null).bonus(List.of(d("30"), d("25")))).isEqualByComparingTo("55");
    }

    @Test
    void pointsAboveTheItemsMaximumOrBelowZeroAreRefused() {
        var item = item("A", "10", null);
        assertThat(ItemCaps.checked(item, d("10"))).isEqualByComparingTo("10");
        assertThatThrownBy(() -> ItemCaps.checked(item, d("10.01"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ItemCaps.checked(item, d("-1"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ItemCaps.checked(item, d("1.005"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void fourInOneWeightsEachComponentsShareOfItsMaximum() {
        var scheme = fourInOne();
        var weights = ComponentWeights.of(scheme);
        // 绩效 40 × 30/60 + 年终 30 × 20/20 + 领导 20 × 0/10 + 督查 10 × 5/10
        var base = weights.base(scheme.items(), Map.of("P1", d("20"), "P2", d("10"), "Y", d("20"), "S", d("5")));
        assertThat(base).isEqualByComparingTo("55");
        assertThat(weights.maximum(scheme.items())).isEqualByComparingTo("100");
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefused() {
        var scheme = new SchemeDefinition(
                "k",
                "n",
                List.of(item("A", "10", "a")),
                null,
                null,
                null,
                null,
                List.of(new SchemeDefinition.Component("a", "a", d("60"))),
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> ComponentWeights.of(scheme))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("components.weight");
    }

    static SchemeDefinition fourInOne() {
        return new SchemeDefinition(
                "four-in-one",
                "四位一体",
                List.of(
                        item("P1", "30", "perf"),
                        item("P2", "30", "perf"),
                        item("Y", "20", "year"),
                        item("L", "10", "lead"),
                        item("S", "10", "daily")),
                null,
                null,
                null,
                null,
                List.of(
                        new SchemeDefinition.Component("perf", "绩效考核", d("40")),
                        new SchemeDefinition.Component("year", "年终考核", d("30")),
                        new SchemeDefinition.Component("lead", "领导评价", d("20")),
                        new SchemeDefinition.Component("daily", "日常督查", d("10"))),
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void theTopShareRoundsDownAndTheBottomShareRoundsUp() {
        assertThat(ShareRule.topCount(10, d("0.25"))).isEqualTo(2);
        assertThat(ShareRule.bottomCount(86, d("0.10"))).isEqualTo(9);
        assertThat(ShareRule.bottomCount(30, d("0.1"))).isEqualTo(3);
        assertThat(ShareRule.bottomCount(5, d("0.1"))).isEqualTo(1);
        assertThat(ShareRule.bottomCount(5, null)).isZero();
    }

    static ScoreCard card(String unit, String unitClass, String base, String deduction, String score) {
        return new ScoreCard(unit, unitClass, d(base), BigDecimal.ZERO, d(deduction), d(score), Map.of());
    }

    @Test
    void onEqualScoresTheHigherBaseThenTheSmallerDeductionThenTheUnitCodeRanksFirst() {
        var cards = new ArrayList<>(List.of(
                card("c", "", "80", "0", "90"),
                card("b", "", "85", "0", "90"),
                card("a", "", "80", "5", "90"),
                card("d", "", "80", "0", "90"),
                card("e", "", "70", "0", "95")));
        cards.sort(TieBreak.ORDER);
        assertThat(cards).extracting(ScoreCard::unit).containsExactly("e", "b", "c", "d", "a");
    }

    @Test
    void aRankBecomesTheShareOfItsClassItStandsAbove() {
        assertThat(ClassNormalisation.percentile(1, 5)).isEqualByComparingTo("100");
        assertThat(ClassNormalisation.percentile(3, 5)).isEqualByComparingTo("50");
        assertThat(ClassNormalisation.percentile(5, 5)).isEqualByComparingTo("0");
        assertThat(ClassNormalisation.percentile(1, 1)).isEqualByComparingTo("100");
    }

    static AssessedUnit unit(String code, String unitClass, String account) {
        return new AssessedUnit(code, code, unitClass, account, null);
    }

    @Test
    void aReviewerNeverScoresItsOwnUnit() {
        var units = List.of(unit("xinhui", "乡镇", "xinhui.school"), unit("sijiazi", "乡镇", "sijiazi.school"));
        var rule = new ConflictOfInterest(ConflictRule.OWN_UNIT, units);
        assertThat(rule.refuses("xinhui.school", units.get(0))).isTrue();
        assertThat(rule.refuses("xinhui.school", units.get(1))).isFalse();
    }

    @Test
    void underTheOwnClassRuleAReviewerScoresNoUnitOfItsOwnClass() {
        var units = List.of(unit("a", "经济管理", "a.login"), unit("b", "经济管理", null), unit("c", "社会事务", null));
        var rule = new ConflictOfInterest(ConflictRule.OWN_CLASS, units);
        assertThat(rule.refuses("a.login", units.get(1))).isTrue();
        assertThat(rule.refuses("a.login", units.get(2))).isFalse();
        assertThat(rule.refuses("county.reviewer", units.get(1))).isFalse();
    }

    static StageGuard guard(LocalDate today) {
        var day = LocalDate.of(2026, 12, 10);
        return new StageGuard(true, List.of(Stage.values()), day, day.plusDays(10), day.plusDays(20), today);
    }

    @Test
    void theSelfAssessmentClosesForAUnitAtItsFirstPeerScore() {
        var today = LocalDate.of(2026, 12, 1);
        assertThat(guard(today).refusal(Stage.SELF, Progress.SELF, true)).isNull();
        assertThat(guard(today).refusal(Stage.SELF, Progress.PEER, true).rule()).isEqualTo("stage.closed");
        assertThat(StageGuard.after(Stage.PEER, Progress.SELF)).isEqualTo(Progress.PEER);
        assertThat(StageGuard.after(Stage.SELF, Progress.FINAL)).isEqualTo(Progress.FINAL);
    }

    @Test
    void theFinalAssessorWaitsForAPeerScoreUntilThePeerDeadlinePasses() {
        assertThat(guard(LocalDate.of(2026, 12, 15))
                        .refusal(Stage.FINAL, Progress.SELF, true)
                        .rule())
                .isEqualTo("stage.peer-pending");
        assertThat(guard(LocalDate.of(2026, 12, 15)).refusal(Stage.FINAL, Progress.SELF, false))
                .isNull();
        assertThat(guard(LocalDate.of(2026, 12, 21)).refusal(Stage.FINAL, Progress.SELF, true))
                .isNull();
    }

    @Test
    void nothingIsScoredAfterAStagesDeadline() {
        assertThat(guard(LocalDate.of(2026, 12, 11))
                        .refusal(Stage.SELF, Progress.SELF, true)
                        .rule())
                .isEqualTo("stage.deadline-passed");
    }

    @Test
    void aUnitWithoutALoginIsSelfAssessedByTheDepartment() {
        assertThat(StageGuard.scores(Stage.SELF, new StageGuard.Party(false, false, true, false)))
                .isTrue();
        assertThat(StageGuard.scores(Stage.SELF, new StageGuard.Party(false, false, true, true)))
                .isFalse();
        assertThat(StageGuard.scores(Stage.PEER, new StageGuard.Party(true, false, true, true)))
                .isFalse();
    }

    @Test
    void aMeasuredItemEarnsItsMaximumTimesTheFact() {
        var item = new SchemeDefinition.Item("S", "满意率", d("40"), false, null, "casework.satisfactionRate");
        assertThat(FactPoints.of(item, d("0.9"))).isEqualByComparingTo("36");
        assertThat(FactPoints.of(item, null)).isEqualByComparingTo("0");
    }

    @Test
    void theFinalAssessorsPointsWinOverThePeerMeanWhichWinsOverTheSelfAssessment() {
        var scheme = new SchemeDefinition(
                "k",
                "n",
                List.of(item("A", "10", null), item("B", "10", null), item("C", "10", null)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        var entries = List.of(
                new EntryStore.Entry(Stage.SELF, "SELF", "A", d("9"), null, null),
                new EntryStore.Entry(Stage.SELF, "SELF", "B", d("9"), null, null),
                new EntryStore.Entry(Stage.PEER, "r1", "B", d("6"), null, null),
                new EntryStore.Entry(Stage.PEER, "r2", "B", d("7"), null, null),
                new EntryStore.Entry(Stage.SELF, "SELF", "C", d("9"), null, null),
                new EntryStore.Entry(Stage.FINAL, "FINAL", "C", d("5"), null, "核减"));
        var settled = Settlement.settled(scheme, entries, Map.of());
        assertThat(settled.get("A")).isEqualByComparingTo("9");
        assertThat(settled.get("B")).isEqualByComparingTo("6.5");
        assertThat(settled.get("C")).isEqualByComparingTo("5");
    }
}
