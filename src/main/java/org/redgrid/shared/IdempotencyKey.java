package org.redgrid.shared;

import java.time.Duration;

/**
 * A client's {@code Idempotency-Key}: 1–100 characters, scoped to the user who sends it, and kept for
 * {@link #RETENTION} so that a retry within a week (a grid worker's phone back in signal) replays the
 * first answer instead of writing twice.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    /** How long a key and its first answer are kept. */
    public static final Duration RETENTION = Duration.ofDays(7);

    public IdempotencyKey {
        check(HEADER, value);
    }

    /** Refuses a key that is not 1–100 characters, naming the field it came in (a header or a JSON field). */
    public static void check(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new InvalidValue(
                    field, "idempotency-key.length", field + " 须为 1–100 个字符", field + " must be 1–100 characters");
        }
    }

    /** The refusal of a key used before for a different request. */
    public static InvalidValue reused() {
        return new InvalidValue(
                HEADER,
                "idempotency-key.reused",
                "该 Idempotency-Key 已用于另一个请求，请为新请求生成新的键",
                "this Idempotency-Key was used for a different request; send a new key for a new request");
    }
}
