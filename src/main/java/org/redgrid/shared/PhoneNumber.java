package org.redgrid.shared;

import java.util.regex.Pattern;

/**
 * A mainland mobile or landline number (联系电话), normalised so the same number always compares
 * equal; {@link #toString()} masks it to keep contact details out of logs.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public PhoneNumber {
        value = normalise("phone", value);
    }

    /** Accepts spaces and a leading +86 or 86, which people copy from contact cards. */
    public static PhoneNumber parse(String field, String raw) {
        return new PhoneNumber(normalise(field, raw));
    }

    /**
     * A mobile number a text message can go to (a one-time code): required, well formed, and not a
     * landline, each refusal naming the field and its rule.
     */
    public static PhoneNumber mobile(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue(field, "required", "请填写手机号", field + " is required");
        }
        PhoneNumber phone = parse(field, raw);
        if (!phone.isMobile()) {
            throw new InvalidValue(field, "phone.mobile", "请填写 11 位手机号", "must be an 11-digit mobile number");
        }
        return phone;
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** Mobiles keep the 3-digit carrier prefix and last 4; landlines keep the area code and last 2. */
    public String masked() {
        if (isMobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int hyphen = value.indexOf('-');
        int areaEnd = hyphen >= 0 ? hyphen : unhyphenatedAreaCodeLength();
        int localStart = hyphen >= 0 ? hyphen + 1 : areaEnd;
        int hiddenLength = value.length() - 2 - localStart;
        return value.substring(0, localStart) + "*".repeat(hiddenLength) + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }

    // Only Beijing (010) and the 02x areas have 3-digit area codes; every other area code has 4 digits.
    private int unhyphenatedAreaCodeLength() {
        return value.startsWith("010") || value.startsWith("02") ? 3 : 4;
    }

    private static String normalise(String field, String raw) {
        String compact = raw == null ? "" : stripSpaces(raw);
        // No mainland number itself starts with 8, so dropping a leading 86 cannot eat real digits.
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("86")) {
            compact = compact.substring(2);
        }
        if (!MOBILE.matcher(compact).matches() && !LANDLINE.matcher(compact).matches()) {
            throw new InvalidValue(
                    field,
                    "phone.format",
                    "电话号码格式错误：应为 11 位手机号或带区号的固定电话",
                    "must be an 11-digit mobile number or a landline with area code");
        }
        return compact;
    }

    private static String stripSpaces(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
