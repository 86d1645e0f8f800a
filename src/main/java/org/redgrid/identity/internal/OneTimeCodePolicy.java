package org.redgrid.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 短信验证码规则 (registration and password reset): a code has six digits, holds for five minutes and
 * five tries, and is used once. A phone gets at most one code a minute and five a day, so that the
 * code door cannot flood anyone's phone or be used to guess a code by asking for many.
 */
public final class OneTimeCodePolicy {

    public static final int DIGITS = 6;
    public static final Duration VALID_FOR = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    public static final int PER_DAY = 5;
    public static final Duration DAY = Duration.ofDays(1);

    /** What a code given by a caller amounts to. */
    public enum Outcome {
        ACCEPTED,
        WRONG,
        EXPIRED,
        NONE_SENT
    }

    /** A code that was sent and not yet used: when, and how often a wrong one was given for it. */
    public record Issued(Instant sentAt, int attempts) {}

    private OneTimeCodePolicy() {}

    /**
     * How long the phone must wait before another code may be sent to it, given the times codes were
     * sent to it in the last day; empty when one may be sent now.
     */
    public static Optional<Duration> waitBeforeSending(List<Instant> sentToPhone, Instant now) {
        List<Instant> lastDay = sentToPhone.stream()
                .filter(at -> at.isAfter(now.minus(DAY)))
                .sorted()
                .toList();
        Duration wait = Duration.ZERO;
        if (!lastDay.isEmpty()) {
            Instant latest = lastDay.get(lastDay.size() - 1);
            wait = max(wait, Duration.between(now, latest.plus(RESEND_AFTER)));
        }
        if (lastDay.size() >= PER_DAY) {
            Instant oldestCounted = lastDay.get(lastDay.size() - PER_DAY);
            wait = max(wait, Duration.between(now, oldestCounted.plus(DAY)));
        }
        if (wait.isNegative() || wait.isZero()) return Optional.empty();
        // a caller is told whole seconds, never less than one
        return Optional.of(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    /** Judges a code given for an issued one; {@code matches} says whether its hash is the stored one. */
    public static Outcome check(Issued issued, boolean matches, Instant now) {
        if (issued == null) return Outcome.NONE_SENT;
        if (!now.isBefore(issued.sentAt().plus(VALID_FOR)) || issued.attempts() >= MAX_ATTEMPTS) {
            return Outcome.EXPIRED;
        }
        return matches ? Outcome.ACCEPTED : Outcome.WRONG;
    }

    /** Whether the text has the form of a code at all (six digits), before any stored code is looked at. */
    public static boolean wellFormed(String given) {
        return given != null && given.strip().matches("\\d{" + DIGITS + "}");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
