package org.redgrid.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.SchemeDefinition.ShareMode;
import org.redgrid.scoring.SchemeDefinition.Threshold;

/**
 * The rules hold for random inputs: a seeded {@link Random} draws a thousand cases per property, so a
 * failure names its seed and case and replays exactly.
 */
class ScoringPropertiesTest {

    static final long SEED = 20261202L;
    static final int CASES = 1000;
    static final List<String> CLASSES = List.of("乡镇街道", "经济管理", "社会事务", "执法监督", "党群工作", "综合保障");

    static BigDecimal points(Random random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2);
    }

    static SchemeDefinition scheme(BigDecimal top, ShareMode mode, BigDecimal bottom) {
        return new SchemeDefinition(
                "p",
                "p",
                List.of(new SchemeDefinition.Item("A", "A", new BigDecimal("100"), false, null, null)),
                null,
                null,
                null,
                null,
                null,
                null,
                CLASSES,
                List.of(
                        new Threshold("优秀", new BigDecimal("90")),
                        new Threshold("良好", new BigDecimal("80")),
                        new Threshold("一般", new BigDecimal("60"))),
                new SchemeDefinition.Shares(top == null ? null : new SchemeDefinition.TopShare(top, mode), bottom),
                null);
    }

    static List<ScoreCard> population(Random random, int size) {
        List<ScoreCard> cards = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // few distinct scores, so that ties are common
            BigDecimal base = BigDecimal.valueOf(55 + random.nextInt(46));
            BigDecimal deduction = BigDecimal.valueOf(random.nextInt(3));
            cards.add(ScoreCard.of(
                    "u" + i, CLASSES.get(random.nextInt(CLASSES.size())), base, BigDecimal.ZERO, deduction, Map.of()));
        }
        return cards;
    }

    @Test
    void aScoreReachesFiveStarsExactlyWhenItIsNinetyOrMore() {
        var random = new Random(SEED);
        var levels = new LevelThresholds(
                List.of(new Threshold("五星级", new BigDecimal("90")), new Threshold("四星级", new BigDecimal("80"))));
        for (int i = 0; i < CASES; i++) {
            BigDecimal score = i == 0 ? new BigDecimal("90") : i == 1 ? new BigDecimal("90.00") : points(random, 100);
            boolean five = levels.levelOf(score).filter("五星级"::equals).isPresent();
            assertThat(five).as("case %d: %s", i, score).isEqualTo(score.compareTo(new BigDecimal("90")) >= 0);
        }
    }

    @Test
    void bonusesNeverExceedTheirCapAndOtherwiseAddUp() {
        var random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            BigDecimal cap = BigDecimal.valueOf(random.nextInt(60));
            List<BigDecimal> bonuses = new ArrayList<>();
            for (int k = random.nextInt(13); k > 0; k--) bonuses.add(points(random, 10));
            BigDecimal sum = bonuses.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal bonus = new ItemCaps(cap, cap).bonus(bonuses);
            assertThat(bonus).as("case %d", i).isLessThanOrEqualTo(cap);
            assertThat(bonus).as("case %d", i).isEqualByComparingTo(sum.min(cap));
        }
    }

    @Test
    void theBottomShareFlagsTheShareRoundedUpAndTheTopShareAtMostTheShareRoundedDown() {
        var random = new Random(SEED);
        for (int i = 0; i < CASES / 4; i++) {
            int size = 1 + random.nextInt(120);
            BigDecimal bottom = BigDecimal.valueOf(random.nextInt(31), 2);
            BigDecimal top = BigDecimal.valueOf(random.nextInt(41), 2);
            ShareMode mode = random.nextBoolean() ? ShareMode.CAP : ShareMode.TARGET;
            var placed = Ranking.of(scheme(top, mode, bottom), population(random, size));
            long flagged =
                    placed.stream().filter(p -> "BOTTOM".equals(p.flag())).count();
            BigDecimal exact = bottom.multiply(BigDecimal.valueOf(size));
            assertThat(BigDecimal.valueOf(flagged)).as("case %d", i).isGreaterThanOrEqualTo(exact);
            assertThat(BigDecimal.valueOf(flagged)).as("case %d", i).isLessThan(exact.add(BigDecimal.ONE));
            long commended = placed.stream().filter(p -> "TOP".equals(p.flag())).count();
            long topLevel = placed.stream().filter(p -> "优秀".equals(p.level())).count();
            assertThat(BigDecimal.valueOf(topLevel))
                    .as("case %d", i)
                    .isLessThanOrEqualTo(top.multiply(BigDecimal.valueOf(size)));
            if (mode == ShareMode.TARGET) {
                assertThat(commended).as("case %d", i).isEqualTo(ShareRule.topCount(size, top));
            }
            for (int k = 0; k < placed.size() - flagged; k++)
                assertThat(placed.get(k).flag()).isNotEqualTo("BOTTOM");
        }
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSameResults() {
        var random = new Random(SEED);
        for (int i = 0; i < CASES / 10; i++) {
            var scheme = scheme(new BigDecimal("0.2"), ShareMode.CAP, new BigDecimal("0.1"));
            var cards = population(random, 1 + random.nextInt(90));
            var first = Ranking.of(scheme, cards);
            var shuffled = new ArrayList<>(cards);
            Collections.shuffle(shuffled, random);
            assertThat(Ranking.of(scheme, shuffled)).as("case %d", i).isEqualTo(first);
        }
    }

    @Test
    void ranksWithinEachClassRunFromOneToItsSizeInTieBreakOrder() {
        var random = new Random(SEED);
        for (int i = 0; i < CASES / 10; i++) {
            var placed =
                    Ranking.of(scheme(null, null, new BigDecimal("0.1")), population(random, 1 + random.nextInt(90)));
            for (String unitClass : CLASSES) {
                var members = placed.stream()
                        .filter(p -> p.card().unitClass().equals(unitClass))
                        .sorted(java.util.Comparator.comparingInt(Ranking.Placed::rank))
                        .toList();
                for (int k = 0; k < members.size(); k++) {
                    assertThat(members.get(k).rank()).isEqualTo(k + 1);
                    if (k > 0)
                        assertThat(TieBreak.ORDER.compare(
                                        members.get(k - 1).card(),
                                        members.get(k).card()))
                                .isNegative();
                }
            }
        }
    }
}
