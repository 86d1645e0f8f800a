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
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new InvalidValue(
                    HEADER,
                    "idempotency-key.length",
                    "Idempotency-Key 须为 1–100 个字符",
                    "Idempotency-Key must be 1–100 characters");
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
