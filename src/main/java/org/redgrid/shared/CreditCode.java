package org.redgrid.shared;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015. Only the format is enforced:
 * a failing check character is reported, not rejected, because the product treats it as a warning.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int MODULUS = 31;

    public CreditCode {
        value = normalise("creditCode", value);
    }

    public static CreditCode parse(String field, String raw) {
        return new CreditCode(normalise(field, raw == null ? null : raw.strip()));
    }

    /** The check character for the first 17 characters; public so that generators can build valid codes. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !inAlphabet(first17)) {
            throw new IllegalArgumentException("expected exactly 17 characters of the GB 32100 alphabet");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(c == MODULUS ? 0 : c);
    }

    public boolean checkCharacterValid() {
        return value.charAt(LENGTH - 1) == expectedCheckCharacter();
    }

    public char expectedCheckCharacter() {
        return checkCharacter(value.substring(0, LENGTH - 1));
    }

    private static String normalise(String field, String raw) {
        String code = raw == null ? "" : raw.toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !inAlphabet(code)) {
            throw new InvalidValue(
                    field,
                    "gb32100.format",
                    "统一社会信用代码应为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V）",
                    "must be 18 characters of digits and upper-case letters other than I, O, Z, S and V");
        }
        return code;
    }

    private static boolean inAlphabet(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
