package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.Stage;

/**
 * 综合认定 of every item: the final assessor's points when given; otherwise the mean of the peer
 * reviewers' points (two decimals, half up); otherwise, for a measured item, the points its fact earns
 * ({@link FactPoints}); otherwise the self-assessed points; otherwise 0. The score card follows from
 * these by {@link ComponentWeights} and {@link ItemCaps}.
 */
final class Settlement {

    private Settlement() {}

    static Map<String, BigDecimal> settled(
            SchemeDefinition scheme, List<EntryStore.Entry> entries, Map<String, BigDecimal> facts) {
        Map<String, BigDecimal> settled = new LinkedHashMap<>();
        for (SchemeDefinition.Item item : scheme.allItems()) {
            settled.put(item.code(), settle(item, entries, facts));
        }
        return settled;
    }

    static BigDecimal peerMean(String item, List<EntryStore.Entry> entries) {
        var peer = entries.stream()
                .filter(e -> e.stage() == Stage.PEER && e.item().equals(item))
                .map(EntryStore.Entry::points)
                .toList();
        if (peer.isEmpty()) return null;
        return peer.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(peer.size()), Points.SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal at(Stage stage, String item, List<EntryStore.Entry> entries) {
        return entries.stream()
                .filter(e -> e.stage() == stage && e.item().equals(item))
                .map(EntryStore.Entry::points)
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal settle(
            SchemeDefinition.Item item, List<EntryStore.Entry> entries, Map<String, BigDecimal> facts) {
        BigDecimal fin = at(Stage.FINAL, item.code(), entries);
        if (fin != null) return fin;
        BigDecimal peer = peerMean(item.code(), entries);
        if (peer != null) return peer;
        if (item.fact() != null) return FactPoints.of(item, facts.get(item.code()));
        BigDecimal self = at(Stage.SELF, item.code(), entries);
        return self == null ? Points.zero() : self;
    }

    static ScoreCard card(SchemeDefinition scheme, AssessedUnit unit, Map<String, BigDecimal> settled) {
        ItemCaps caps = ItemCaps.of(scheme);
        BigDecimal base = ComponentWeights.of(scheme).base(scheme.items(), settled);
        BigDecimal bonus = caps.bonus(
                scheme.bonuses().stream().map(i -> settled.get(i.code())).toList());
        BigDecimal deduction = caps.deduction(
                scheme.deductions().stream().map(i -> settled.get(i.code())).toList());
        return ScoreCard.of(unit.unit(), unit.unitClass(), base, bonus, deduction, settled);
    }
}
