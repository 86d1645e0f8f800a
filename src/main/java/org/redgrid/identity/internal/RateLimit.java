package org.redgrid.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 限流: at most {@code requests} per {@code per}, as a token bucket: a bucket starts full, each request
 * takes a token and tokens flow back at {@code requests / per}, so a burst of {@code requests} passes
 * and after it one request per {@code per / requests}.
 */
public record RateLimit(int requests, Duration per) {

    public RateLimit {
        if (requests < 1) throw new IllegalArgumentException("a rate limit allows at least one request");
        if (per == null || per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive period");
        }
    }

    /** How long to wait, and whether this is the first refusal since the bucket last let one through. */
    public record Refusal(Duration retryAfter, boolean first) {}

    public Bucket start(Instant now) {
        return new Bucket(now);
    }

    private double tokensPerNano() {
        return requests / (double) per.toNanos();
    }

    /** One client's (or one account's) tokens under this limit. */
    public final class Bucket {

        private double tokens = requests;
        private Instant checked;
        private boolean refusing;

        private Bucket(Instant now) {
            this.checked = now;
        }

        /** Takes a token; when none is left, how long until one is (never shorter than a second). */
        public synchronized Optional<Refusal> take(Instant now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                refusing = false;
                return Optional.empty();
            }
            double seconds = (1 - tokens) / tokensPerNano() / 1e9;
            boolean first = !refusing;
            refusing = true;
            // a millionth of a second of rounding error must not add a whole second to the wait
            return Optional.of(new Refusal(Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds - 1e-6))), first));
        }

        /** Whether the bucket is full again, so that forgetting it changes nothing. */
        public synchronized boolean idle(Instant now) {
            refill(now);
            return tokens >= requests;
        }

        private void refill(Instant now) {
            if (now.isAfter(checked)) {
                long elapsed = Duration.between(checked, now).toNanos();
                tokens = Math.min(requests, tokens + elapsed * tokensPerNano());
                checked = now;
            }
        }
    }
}
