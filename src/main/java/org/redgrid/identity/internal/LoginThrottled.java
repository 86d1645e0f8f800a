package org.redgrid.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many login attempts from one address or for one account: answered with HTTP 429 and Retry-After. */
public class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("too many login attempts; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
