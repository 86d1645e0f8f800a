package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.shared.InvalidValue;

/**
 * 赋分权重: with components (四位一体: 绩效考核 + 年终考核 + 领导评价 + 日常督查) each component counts its
 * share of its items' maximum times its weight, the weights adding up to 100, so the base score lies
 * between 0 and 100; without components the base score is the plain sum of the items' points.
 */
final class ComponentWeights {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Map<String, BigDecimal> weights = new LinkedHashMap<>();
    private final Map<String, BigDecimal> maxima = new LinkedHashMap<>();

    private ComponentWeights(List<SchemeDefinition.Component> components, List<SchemeDefinition.Item> items) {
        for (var component : components) {
            if (weights.put(component.code(), component.weight()) != null) {
                throw new InvalidValue("components.code", "code.duplicate", "组成部分编码重复", "duplicate component code");
            }
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!weights.isEmpty() && total.compareTo(HUNDRED) != 0) {
            throw new InvalidValue(
                    "components.weight",
                    "weights.sum",
                    "各组成部分权重之和须为 100，现为 " + total.toPlainString(),
                    "the component weights must add up to 100, not " + total.toPlainString());
        }
        for (var item : items) {
            if (item.component() != null) maxima.merge(item.component(), item.max(), BigDecimal::add);
        }
    }

    static ComponentWeights of(SchemeDefinition scheme) {
        return new ComponentWeights(scheme.components(), scheme.items());
    }

    /** The base score from the points of the base items, keyed by item code. */
    BigDecimal base(List<SchemeDefinition.Item> items, Map<String, BigDecimal> points) {
        if (weights.isEmpty()) {
            return Points.of(items.stream()
                    .map(i -> points.getOrDefault(i.code(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<String, BigDecimal> earned = new LinkedHashMap<>();
        for (var item : items) {
            earned.merge(item.component(), points.getOrDefault(item.code(), BigDecimal.ZERO), BigDecimal::add);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var weight : weights.entrySet()) {
            BigDecimal max = maxima.get(weight.getKey());
            if (max == null) continue;
            BigDecimal got = earned.getOrDefault(weight.getKey(), BigDecimal.ZERO);
            sum = sum.add(got.multiply(weight.getValue()).divide(max, MathContext.DECIMAL64));
        }
        return Points.of(sum);
    }

    /** The highest base score the items allow. */
    BigDecimal maximum(List<SchemeDefinition.Item> items) {
        return base(
                items,
                items.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                SchemeDefinition.Item::code, SchemeDefinition.Item::max)));
    }
}
