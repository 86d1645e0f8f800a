package org.redgrid.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999. {@link #toString()} masks it so a
 * stray log line never leaks the full number.
 */
public record IdNumber(String value) {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public IdNumber {
        value = validate("idNumber", value);
    }

    /** Parses input against today's date on the system clock; code that holds a {@link Clock} passes it. */
    public static IdNumber parse(String field, String raw) {
        return parse(field, raw, Clock.systemUTC());
    }

    /**
     * Parses input: the number must be well formed and its birth date must not lie after today in
     * China, so that a mistyped year (2096 for 1996) is caught at entry.
     */
    public static IdNumber parse(String field, String raw, Clock clock) {
        IdNumber number = new IdNumber(validate(field, raw == null ? null : raw.strip()));
        if (number.birthDate().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            throw new InvalidValue(
                    field,
                    "gb11643.birth-date-future",
                    "身份证号中的出生日期晚于今天",
                    "the birth date (digits 7-14) is in the future");
        }
        return number;
    }

    /**
     * The check character for the first 17 digits; public so that test-data generators can build
     * valid numbers.
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !DivisionCode.isDigits(first17)) {
            throw new IllegalArgumentException("expected exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** First 3 and last 4 characters kept: enough to tell people apart on screen, not to identify them. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String validate(String field, String raw) {
        if (raw == null || !raw.matches("\\d{17}[\\dXx]")) {
            throw new InvalidValue(
                    field,
                    "gb11643.format",
                    "身份证号应为 18 位：17 位数字加 1 位校验码（数字或 X）",
                    "must be 18 characters: 17 digits and a check character (digit or X)");
        }
        String number = raw.toUpperCase(Locale.ROOT);
        if (!isProvinceCode(Integer.parseInt(number.substring(0, 2)))) {
            throw new InvalidValue(
                    field,
                    "gb11643.region",
                    "身份证号前两位不是有效的省级行政区划代码",
                    "the first two digits are not a valid province-level division code");
        }
        LocalDate birthDate;
        try {
            birthDate = birthDateOf(number);
        } catch (DateTimeException e) {
            throw new InvalidValue(
                    field,
                    "gb11643.birth-date",
                    "身份证号中的出生日期不是有效日期",
                    "the birth date (digits 7-14) is not a valid date");
        }
        if (birthDate.getYear() < MIN_BIRTH_YEAR) {
            throw new InvalidValue(field, "gb11643.birth-date", "身份证号中的出生年份早于 1900 年", "the birth year is before 1900");
        }
        char expected = checkCharacter(number.substring(0, LENGTH - 1));
        if (number.charAt(LENGTH - 1) != expected) {
            throw new InvalidValue(
                    field,
                    "gb11643.check-digit",
                    "身份证号校验位错误，应为 " + expected,
                    "check digit is wrong, expected " + expected);
        }
        return number;
    }

    private static LocalDate birthDateOf(String number) {
        return LocalDate.of(
                Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    // Province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong and 82 Macao included); any other
    // pair cannot be a real region, which catches transposed or mistyped leading digits early.
    private static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15)
                || (code >= 21 && code <= 23)
                || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46)
                || (code >= 50 && code <= 54)
                || (code >= 61 && code <= 65)
                || code == 71
                || code == 81
                || code == 82;
    }
}
