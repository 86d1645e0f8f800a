package org.redgrid.shared;

import java.util.Optional;

/**
 * A National Bureau of Statistics division code (统计用区划代码) in its natural length of 2, 4, 6, 9
 * or 12 digits, so that prefix comparisons follow the administrative tree.
 */
public record DivisionCode(String value) {

    private static final String RULE = "division-code.format";
    private static final int PADDED_LENGTH = DivisionLevel.VILLAGE.digits();

    public DivisionCode {
        if (!isNaturalForm(value)) {
            throw new InvalidValue(
                    "code",
                    RULE,
                    "行政区划代码应为 2、4、6、9 或 12 位数字，且末段不能全为 0",
                    "division code must be 2, 4, 6, 9 or 12 digits whose last segment is not all zeros");
        }
    }

    /**
     * Accepts the natural form or a zero-padded form (the 12-digit form the statistics tables
     * publish, also the 6-digit GB/T 2260 form) and reduces it to the natural form, so
     * "150105000000" becomes "150105".
     */
    public static DivisionCode parse(String field, String raw) {
        String candidate = raw == null ? "" : raw.strip();
        String natural = isDigits(candidate) && isLevelLength(candidate.length()) ? stripZeroSegments(candidate) : null;
        if (natural == null || !isNaturalForm(natural)) {
            throw new InvalidValue(
                    field, RULE, "行政区划代码格式错误，应为 2、4、6、9 或 12 位数字", "division code must be 2, 4, 6, 9 or 12 digits");
        }
        return new DivisionCode(natural);
    }

    public DivisionLevel level() {
        return DivisionLevel.ofDigits(value.length());
    }

    /**
     * The nearest enclosing division. A level whose segment is all zeros does not exist there
     * (e.g. Dongguan 4419 has towns 441900xxx but no counties), so it is skipped.
     */
    public Optional<DivisionCode> parent() {
        DivisionLevel[] levels = DivisionLevel.values();
        for (int i = level().ordinal() - 1; i >= 0; i--) {
            String prefix = value.substring(0, levels[i].digits());
            if (lastSegmentIsSignificant(prefix)) {
                return Optional.of(new DivisionCode(prefix));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the other code lies in this division's subtree (or is this division). A plain prefix
     * test is enough because every code starts with the codes of its ancestors; this also covers
     * 15-digit grid codes and padded forms.
     */
    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(value);
    }

    /** The 12-digit form used by the published statistics tables and by some imports. */
    public String padded() {
        return value + "0".repeat(PADDED_LENGTH - value.length());
    }

    static boolean isNaturalForm(String code) {
        return code != null
                && isDigits(code)
                && isLevelLength(code.length())
                && !code.startsWith("00")
                && lastSegmentIsSignificant(code);
    }

    private static String stripZeroSegments(String code) {
        DivisionLevel[] levels = DivisionLevel.values();
        for (int i = DivisionLevel.ofDigits(code.length()).ordinal(); i >= 0; i--) {
            String prefix = code.substring(0, levels[i].digits());
            if (lastSegmentIsSignificant(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    private static boolean lastSegmentIsSignificant(String code) {
        int start = DivisionLevel.ofDigits(code.length()).segmentStart();
        for (int i = start; i < code.length(); i++) {
            if (code.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLevelLength(int length) {
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.digits() == length) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
