package org.redgrid.shared;

/**
 * No NUL and no other C0 control character (控制字符) in any input: they break storage and logs and
 * are never typed by a person. Free text may hold tab, line feed and carriage return; names, codes,
 * path segments and headers hold none at all.
 */
public final class ControlCharacters {

    public static final String RULE = "text.control-character";

    private ControlCharacters() {}

    /** Refuses any C0 control character in {@code value}, naming {@code field}. */
    public static void refuse(String field, String value) {
        check(field, value, false);
    }

    /** Refuses C0 control characters other than tab, line feed and carriage return. */
    public static void refuseInFreeText(String field, String value) {
        check(field, value, true);
    }

    private static void check(String field, String value, boolean freeText) {
        if (value == null) return;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                String code = String.format("U+%04X", (int) c);
                throw new InvalidValue(
                        field,
                        RULE,
                        field + " 含有不允许的控制字符 " + code,
                        field + " contains the control character " + code + ", which is not allowed");
            }
        }
    }
}
