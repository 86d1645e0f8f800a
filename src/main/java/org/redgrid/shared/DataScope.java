package org.redgrid.shared;

/**
 * The subtree of divisions and grids a user may see (数据权限范围), as a code prefix of 2–15 digits,
 * so that one range predicate on an indexed column enforces it.
 */
public record DataScope(String prefix) implements java.io.Serializable {

    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 15;

    public DataScope {
        if (prefix == null
                || prefix.length() < MIN_LENGTH
                || prefix.length() > MAX_LENGTH
                || !DivisionCode.isDigits(prefix)) {
            throw new InvalidValue(
                    "prefix",
                    "data-scope.format",
                    "数据范围应为 2 到 15 位数字的区划或网格编码",
                    "data scope must be a division or grid code of 2 to 15 digits");
        }
    }

    public static DataScope of(String code) {
        return new DataScope(code == null ? null : code.strip());
    }

    /** Inclusive lower bound for {@code column >= lower() and column < upper()}. */
    public String lower() {
        return prefix;
    }

    /**
     * Exclusive upper bound: the prefix with its last character incremented, so "15" gives "16" and
     * "159" gives "15:". The column must use {@code collate "C"}: there ':' (0x3A) sorts right after
     * '9' (0x39), whereas linguistic collations may ignore or reorder punctuation and break the range.
     */
    public String upper() {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    /** Whether the code is this scope itself or lies below it. */
    public boolean contains(String code) {
        return code != null && code.startsWith(prefix);
    }

    /**
     * Whether the code is a proper prefix of this scope, i.e. an ancestor division. Lets a user see
     * the divisions above their own area (e.g. for breadcrumbs) without seeing their other children.
     */
    public boolean isAncestorOf(String code) {
        return code != null && !code.isEmpty() && code.length() < prefix.length() && prefix.startsWith(code);
    }

    public boolean sees(String code) {
        return contains(code) || isAncestorOf(code);
    }
}
