package org.redgrid.identity.internal;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** 账户锁定: too many consecutive failures; answered with HTTP 423 until {@link #until()}. */
public class AccountLocked extends LockedException {

    private final Instant until;

    AccountLocked(Instant until) {
        super("account locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
