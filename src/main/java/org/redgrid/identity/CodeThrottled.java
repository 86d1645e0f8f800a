package org.redgrid.identity;

import java.time.Duration;

/** Too many one-time codes asked for one phone: answered 429 with Retry-After, nothing sent. */
public class CodeThrottled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public CodeThrottled(Duration retryAfter) {
        super("too many codes for this phone; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
