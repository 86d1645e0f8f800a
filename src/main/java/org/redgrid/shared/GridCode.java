package org.redgrid.shared;

/**
 * A grid code (网格编码): the 12-digit village or community code plus a 3-digit sequence 001–999,
 * so a grid sorts and filters under its community by plain prefix.
 */
public record GridCode(String value) {

    private static final String RULE = "grid-code.format";
    private static final int LENGTH = 15;
    private static final int MAX_SEQUENCE = 999;

    public GridCode {
        requireValid("code", value);
    }

    public static GridCode parse(String field, String raw) {
        String candidate = raw == null ? null : raw.strip();
        requireValid(field, candidate);
        return new GridCode(candidate);
    }

    /** Builds the code for the given sequence; the community must be a village-level division. */
    public static GridCode of(DivisionCode community, int sequence) {
        if (community == null || community.level() != DivisionLevel.VILLAGE) {
            throw new InvalidValue(
                    "community", RULE, "网格必须隶属于村级（村/社区）区划", "a grid must belong to a village-level division");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new InvalidValue("sequence", RULE, "网格序号应在 1 到 999 之间", "grid sequence must be between 1 and 999");
        }
        return new GridCode(community.value() + String.format("%03d", sequence));
    }

    public DivisionCode community() {
        return new DivisionCode(value.substring(0, DivisionLevel.VILLAGE.digits()));
    }

    public int sequence() {
        return Integer.parseInt(value.substring(DivisionLevel.VILLAGE.digits()));
    }

    static boolean isValid(String code) {
        return code != null
                && code.length() == LENGTH
                && DivisionCode.isDigits(code)
                && DivisionCode.isNaturalForm(code.substring(0, DivisionLevel.VILLAGE.digits()))
                && !code.endsWith("000");
    }

    private static void requireValid(String field, String code) {
        if (!isValid(code)) {
            throw new InvalidValue(
                    field,
                    RULE,
                    "网格编码应为 15 位数字：12 位村/社区代码加 3 位序号（001–999）",
                    "grid code must be 15 digits: a 12-digit village code and a sequence 001-999");
        }
    }
}
