package org.redgrid.identity.internal;

import java.time.Duration;

/**
 * 登录锁定规则: five consecutive failed logins lock an account for fifteen minutes. The login page warns
 * once only two attempts are left, so that a resident who mistypes knows before the lock falls.
 */
public final class LockoutRule {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Warn when this many attempts or fewer are left before the lock. */
    public static final int WARN_WHEN_LEFT = 2;

    private LockoutRule() {}

    /** Attempts left before the account locks, after {@code failures} consecutive failures. */
    public static int attemptsLeft(int failures) {
        return Math.max(0, MAX_FAILURES - failures);
    }

    public static boolean locks(int failures) {
        return failures >= MAX_FAILURES;
    }

    /** Whether the login page should warn after {@code failures} consecutive failures. */
    public static boolean warns(int failures) {
        int left = attemptsLeft(failures);
        return left > 0 && left <= WARN_WHEN_LEFT;
    }

    public static long lockMinutes() {
        return LOCK_DURATION.toMinutes();
    }
}
