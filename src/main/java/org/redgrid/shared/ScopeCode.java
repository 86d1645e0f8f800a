package org.redgrid.shared;

/**
 * A place something may be bound to as its area (一个可授予的数据范围): a division code in its natural
 * form (2, 4, 6, 9 or 12 significant digits) or a grid code (15 digits). A user's scope, an API key's
 * area and a record's place take this shape; a code of any other length would, used as a prefix, cut
 * across the tree (seven digits cover ten streets of different counties). Whether the place exists
 * is asked of {@code organization.Places}.
 */
public record ScopeCode(String value) {

    private static final int GRID_LENGTH = 15;

    public ScopeCode {
        if (!isWellFormed(value)) {
            throw refused("code");
        }
    }

    /** The code as given, stripped; a 400 problem naming {@code field} and {@code scope.format} otherwise. */
    public static ScopeCode parse(String field, String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!isWellFormed(code)) {
            throw refused(field);
        }
        return new ScopeCode(code);
    }

    /** The subtree of this place, as a data scope. */
    public DataScope scope() {
        return DataScope.of(value);
    }

    private static boolean isWellFormed(String code) {
        return code != null
                && (code.length() == GRID_LENGTH ? GridCode.isValid(code) : DivisionCode.isNaturalForm(code));
    }

    private static InvalidValue refused(String field) {
        return new InvalidValue(
                field,
                "scope.format",
                "数据范围应为 2、4、6、9、12 位的区划代码或 15 位的网格编码",
                "the area must be a division code of 2, 4, 6, 9 or 12 digits or a 15-digit grid code");
    }
}
