package org.redgrid.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.redgrid.shared.Actor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username (or a resident's registered mobile number) and password for both the login form
 * and the token endpoint. The {@link LockoutRule} locks the account after consecutive failures and ends its page sessions and bearer tokens; every
 * success, failure and lock is audited. Failures
 * are recorded in their own transaction so that the rejection of the login does not roll them back.
 */
@Service
public class LoginService {

    /** The cookie that keeps the last username typed for the login page after a failure, five minutes. */
    public static final String LAST_LOGIN_COOKIE = "redgrid-login";

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RateLimits limits;
    /** Compared against when the user is unknown, so that timing does not reveal which usernames exist. */
    private final String decoyHash;

    LoginService(
            UserAccounts users,
            PasswordEncoder passwords,
            AuditTrail audit,
            Clock clock,
            TransactionTemplate transactions,
            RateLimits limits) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        // Failures and locks are kept even when the caller's own transaction rolls back (a wrong
        // current password when changing it refuses the change but still counts).
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.limits = limits;
        this.decoyHash = passwords.encode("decoy-Password#1");
    }

    /**
     * Checks the credentials of a login from {@code clientAddress}; attempts beyond the login rate limit
     * of the address or the account are refused before the password is looked at.
     */
    public Actor authenticate(String username, String password, String clientAddress) {
        var refused = limits.admit(RateLimits.Door.LOGIN, clientAddress, username);
        if (refused.isPresent()) {
            // audited when a bucket runs dry, not for every refused attempt: a flood must not become writes
            if (refused.get().first()) {
                transactions.executeWithoutResult(tx -> audit.append(
                        safe(username), "LOGIN_THROTTLED", "user", safe(username), null, "from " + clientAddress));
            }
            throw new LoginThrottled(refused.get().retryAfter());
        }
        Instant now = clock.instant();
        var found = users.byLogin(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, decoyHash);
            transactions.executeWithoutResult(
                    tx -> audit.append(safe(username), "LOGIN_FAILED", "user", safe(username), null, "unknown user"));
            throw new BadCredentialsException("bad credentials");
        }
        UserAccount user = found.get();
        if (user.lockedAt(now)) {
            transactions.executeWithoutResult(tx -> audit.append(
                    user.username(), "LOGIN_REJECTED_LOCKED", "user", user.username(), user.scopeCode(), null));
            throw new AccountLocked(user.lockedUntil());
        }
        if (user.lockedUntil() != null) users.clearLock(user.id());
        if (!passwords.matches(password == null ? "" : password, user.passwordHash())) {
            Instant lockUntil = now.plus(LockoutRule.LOCK_DURATION);
            int failures = transactions.execute(tx -> {
                int count = users.recordFailure(user.id(), LockoutRule.MAX_FAILURES, lockUntil);
                if (LockoutRule.locks(count)) users.endSessionsAndTokens(user.username());
                audit.append(
                        user.username(),
                        LockoutRule.locks(count) ? "ACCOUNT_LOCKED" : "LOGIN_FAILED",
                        "user",
                        user.username(),
                        user.scopeCode(),
                        "consecutive failures: " + count);
                return count;
            });
            if (LockoutRule.locks(failures)) throw new AccountLocked(lockUntil);
            throw new BadCredentialsException("bad credentials");
        }
        if (!user.enabled()) throw new DisabledException("account disabled");
        transactions.executeWithoutResult(tx -> {
            users.recordSuccess(user.id(), now);
            audit.append(user.username(), "LOGIN", "user", user.username(), user.scopeCode(), null);
        });
        return user.actor();
    }

    /**
     * How many attempts are left before the login locks, when the {@link LockoutRule} says the login page
     * should warn of it; empty otherwise (also for a login no account has).
     */
    public java.util.OptionalInt attemptsLeftToWarn(String login) {
        Instant now = clock.instant();
        return users.byLogin(login == null ? "" : login.trim())
                .filter(user -> !user.lockedAt(now))
                .map(UserAccount::failedAttempts)
                .filter(LockoutRule::warns)
                .map(failures -> java.util.OptionalInt.of(LockoutRule.attemptsLeft(failures)))
                .orElse(java.util.OptionalInt.empty());
    }

    private static String safe(String username) {
        if (username == null) return "";
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
