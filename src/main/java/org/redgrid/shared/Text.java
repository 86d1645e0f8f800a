package org.redgrid.shared;

/** The one place where free-text input is trimmed and checked for presence and length. */
public final class Text {

    private Text() {}

    /** The trimmed value; an {@link InvalidValue} naming the field when it is blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "required", field + " 不能为空", field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidValue(
                    field,
                    "max-length",
                    field + " 最多 " + max + " 个字符",
                    field + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    /**
     * The trimmed value, or null when absent or blank; an {@link InvalidValue} naming the field when it is
     * longer than {@code max}.
     */
    public static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }

    /** The trimmed value, or null when absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
