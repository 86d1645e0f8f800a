package org.redgrid.representation.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * 短信验证码: a message without an account carries a code sent to the writer's phone. A code holds for
 * ten minutes and five tries; a new one is sent at most once a minute per number, so that the code
 * door cannot be used to flood someone's phone.
 */
public final class PhoneCodePolicy {

    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    public static final int MAX_ATTEMPTS = 5;

    /** What a code given with a message amounts to. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        EXPIRED,
        NONE_SENT
    }

    /** A code that was sent: when, and how often a wrong one was given for it. */
    public record Sent(Instant sentAt, int attempts) {}

    private PhoneCodePolicy() {}

    public static boolean maySendAgain(Sent last, Instant now) {
        return last == null || !now.isBefore(last.sentAt().plus(RESEND_AFTER));
    }

    /** Judges a code given for the one sent; {@code matches} says whether it is the code sent. */
    public static Outcome check(Sent sent, boolean matches, Instant now) {
        if (sent == null) return Outcome.NONE_SENT;
        if (now.isAfter(sent.sentAt().plus(VALID_FOR)) || sent.attempts() >= MAX_ATTEMPTS) return Outcome.EXPIRED;
        return matches ? Outcome.ACCEPTED : Outcome.WRONG;
    }
}
