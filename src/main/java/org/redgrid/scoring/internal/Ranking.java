package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.SchemeDefinition.ShareMode;

/**
 * From settled score cards to results: each class ranked by {@link TieBreak}, ranks made comparable by
 * {@link ClassNormalisation}, the whole population ordered by that (ties again by {@link TieBreak}), the
 * levels by {@link LevelThresholds}, then the top share (CAP: only the first so many of those reaching
 * the top level keep it and are commended, the others get the level below; TARGET: exactly the first so
 * many get the top level and are commended) and the bottom share flagged, both counted by
 * {@link ShareRule}. The result is in that overall order.
 */
final class Ranking {

    /** One unit's place in the results. */
    record Placed(ScoreCard card, int rank, BigDecimal percentile, String level, String flag) {}

    private Ranking() {}

    static List<Placed> of(SchemeDefinition scheme, List<ScoreCard> cards) {
        Map<String, List<ScoreCard>> classes = new LinkedHashMap<>();
        for (ScoreCard card : cards)
            classes.computeIfAbsent(card.unitClass(), c -> new ArrayList<>()).add(card);
        Map<String, Integer> ranks = new LinkedHashMap<>();
        Map<String, BigDecimal> percentiles = new LinkedHashMap<>();
        for (List<ScoreCard> members : classes.values()) {
            members.sort(TieBreak.ORDER);
            for (int i = 0; i < members.size(); i++) {
                ranks.put(members.get(i).unit(), i + 1);
                percentiles.put(members.get(i).unit(), ClassNormalisation.percentile(i + 1, members.size()));
            }
        }
        List<ScoreCard> overall = new ArrayList<>(cards);
        overall.sort(Comparator.comparing((ScoreCard c) -> percentiles.get(c.unit()))
                .reversed()
                .thenComparing(TieBreak.ORDER));
        LevelThresholds thresholds = new LevelThresholds(scheme.thresholds());
        var top = scheme.shares().top();
        int topCount = top == null ? 0 : ShareRule.topCount(overall.size(), top.share());
        int bottomFrom = overall.size()
                - ShareRule.bottomCount(overall.size(), scheme.shares().bottom());
        String topLevel = thresholds.top().orElse(null);
        List<Placed> placed = new ArrayList<>();
        int topsGiven = 0;
        for (int i = 0; i < overall.size(); i++) {
            ScoreCard card = overall.get(i);
            String level = thresholds.levelOf(card.score()).orElse(null);
            String flag = null;
            if (top != null && top.mode() == ShareMode.TARGET) {
                if (i < topCount) {
                    level = topLevel;
                    flag = "TOP";
                } else if (level != null && level.equals(topLevel)) {
                    level = thresholds.belowTop().orElse(null);
                }
            } else if (top != null && level != null && level.equals(topLevel)) {
                if (topsGiven < topCount) {
                    topsGiven++;
                    flag = "TOP";
                } else {
                    level = thresholds.belowTop().orElse(null);
                }
            }
            if (i >= bottomFrom) flag = "BOTTOM";
            placed.add(new Placed(card, ranks.get(card.unit()), percentiles.get(card.unit()), level, flag));
        }
        return placed;
    }
}
