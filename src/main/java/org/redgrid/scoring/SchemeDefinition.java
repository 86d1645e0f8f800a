package org.redgrid.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redgrid.shared.InvalidValue;

/**
 * A scoring scheme (考评方案) as the organisation department defines it: base items with maximum points,
 * bonus and deduction items with their caps, weighted components (e.g. 四位一体), the stages walked,
 * the classes ranked apart, level thresholds, the top and bottom shares, and the peer-conflict rule.
 * Saving it under an existing key makes a new version; rounds keep the version they started with.
 */
public record SchemeDefinition(
        String key,
        String name,
        List<Item> items,
        List<Item> bonuses,
        List<Item> deductions,
        BigDecimal bonusCap,
        BigDecimal deductionCap,
        List<Component> components,
        List<Stage> stages,
        List<String> classes,
        List<Threshold> thresholds,
        Shares shares,
        ConflictRule conflict) {

    public SchemeDefinition {
        key = text("key", key, 64);
        if (!key.matches("[\\p{L}\\p{N}._-]+")) {
            throw new InvalidValue(
                    "key",
                    "key.format",
                    "key 只能含字母、数字、点、下划线或连字符",
                    "key may hold letters, digits, dots, underscores and hyphens only");
        }
        name = text("name", name, 200);
        if (items == null || items.isEmpty()) {
            throw new InvalidValue("items", "required", "方案至少要有一个考评项", "a scheme needs at least one item");
        }
        items = List.copyOf(items);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        components = components == null ? List.of() : List.copyOf(components);
        stages = stages == null || stages.isEmpty() ? List.of(Stage.values()) : List.copyOf(stages);
        classes = classes == null ? List.of() : List.copyOf(classes);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        shares = shares == null ? new Shares(null, null) : shares;
        conflict = conflict == null ? ConflictRule.OWN_UNIT : conflict;
        uniqueCodes(items, bonuses, deductions);
        if (bonusCap != null && bonusCap.signum() < 0) throw negative("bonusCap");
        if (deductionCap != null && deductionCap.signum() < 0) throw negative("deductionCap");
        if (!stages.contains(Stage.FINAL)
                || !stages.equals(stages.stream().sorted().distinct().toList())) {
            throw new InvalidValue(
                    "stages",
                    "stages.order",
                    "阶段须按 自评、互评、综合认定 的顺序且含综合认定",
                    "stages must follow SELF, PEER, FINAL in order and include FINAL");
        }
        Set<String> componentCodes = new HashSet<>();
        for (Component c : components) componentCodes.add(c.code());
        for (Item item : items) {
            if (!components.isEmpty() && !componentCodes.contains(item.component())) {
                throw new InvalidValue(
                        "items.component",
                        "component.unknown",
                        "考评项 " + item.code() + " 须属于方案中的某个组成部分",
                        "item " + item.code() + " must belong to one of the components");
            }
        }
    }

    /** Everything that can be scored, base items first. */
    public List<Item> allItems() {
        return java.util.stream.Stream.of(items, bonuses, deductions)
                .flatMap(List::stream)
                .toList();
    }

    /** What kind of item a code is in this scheme, or null when the scheme has no such item. */
    public ItemKind kindOf(String code) {
        if (items.stream().anyMatch(i -> i.code().equals(code))) return ItemKind.BASE;
        if (bonuses.stream().anyMatch(i -> i.code().equals(code))) return ItemKind.BONUS;
        if (deductions.stream().anyMatch(i -> i.code().equals(code))) return ItemKind.DEDUCTION;
        return null;
    }

    public Item item(String code) {
        return allItems().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    /** Base item, bonus (加分项) or deduction (减分项). */
    public enum ItemKind {
        BASE,
        BONUS,
        DEDUCTION
    }

    /**
     * One item: its maximum points, whether evidence must back points given to it, the component it
     * counts towards, and optionally the measured fact it reads instead of typed points.
     */
    public record Item(
            String code, String name, BigDecimal max, Boolean evidenceRequired, String component, String fact) {
        public Item {
            code = text("items.code", code, 64);
            name = text("items.name", name, 200);
            if (max == null || max.signum() <= 0 || max.compareTo(new BigDecimal("1000")) > 0) {
                throw new InvalidValue(
                        "items.max",
                        "range",
                        "考评项满分须大于 0 且不超过 1000",
                        "an item's maximum must be above 0 and at most 1000");
            }
            evidenceRequired = Boolean.TRUE.equals(evidenceRequired);
            component = component == null || component.isBlank() ? null : component.strip();
            fact = fact == null || fact.isBlank() ? null : fact.strip();
        }
    }

    /** A weighted component of the score (绩效考核 40 + 年终考核 30 + …); weights add up to 100. */
    public record Component(String code, String name, BigDecimal weight) {
        public Component {
            code = text("components.code", code, 64);
            name = text("components.name", name, 200);
            if (weight == null || weight.signum() <= 0) {
                throw new InvalidValue("components.weight", "range", "权重须大于 0", "a weight must be above 0");
            }
        }
    }

    /** The least score of a level, inclusive: 90 and above is five stars. */
    public record Threshold(String level, BigDecimal min) {
        public Threshold {
            level = text("thresholds.level", level, 64);
            if (min == null)
                throw new InvalidValue("thresholds.min", "required", "等次须有最低分", "a level needs its least score");
        }
    }

    /** The share of the top level (a cap or a target) and the bottom share flagged for a talk (约谈). */
    public record Shares(TopShare top, BigDecimal bottom) {
        public Shares {
            if (bottom != null && (bottom.signum() < 0 || bottom.compareTo(BigDecimal.ONE) > 0)) {
                throw new InvalidValue("shares.bottom", "share.range", "比例须在 0 到 1 之间", "a share lies between 0 and 1");
            }
            if (top != null && bottom != null && top.share().add(bottom).compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidValue(
                        "shares", "share.sum", "靠前与靠后比例之和不能超过 1", "the top and bottom shares may add up to 1 at most");
            }
        }
    }

    /** The top share: at most this share in the top level (CAP), or exactly the first this share (TARGET). */
    public record TopShare(BigDecimal share, ShareMode mode) {
        public TopShare {
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidValue(
                        "shares.top.share", "share.range", "比例须在 0 到 1 之间", "a share lies between 0 and 1");
            }
            mode = mode == null ? ShareMode.CAP : mode;
        }
    }

    /** How the top share applies. */
    public enum ShareMode {
        CAP,
        TARGET
    }

    /** Whom a peer reviewer may not score: its own unit, or also every unit of its own class. */
    public enum ConflictRule {
        OWN_UNIT,
        OWN_CLASS
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidValue(
                    field,
                    "required",
                    field + " 不能为空且至多 " + max + " 字",
                    field + " is required, at most " + max + " characters");
        }
        return value.strip();
    }

    private static InvalidValue negative(String field) {
        return new InvalidValue(field, "range", field + " 不能为负", field + " must not be negative");
    }

    private static void uniqueCodes(List<Item> items, List<Item> bonuses, List<Item> deductions) {
        Set<String> seen = new HashSet<>();
        for (List<Item> list : List.of(items, bonuses, deductions)) {
            for (Item item : list) {
                if (!seen.add(item.code())) {
                    throw new InvalidValue(
                            "items.code",
                            "code.duplicate",
                            "考评项编码重复：" + item.code(),
                            "duplicate item code: " + item.code());
                }
            }
        }
    }
}
