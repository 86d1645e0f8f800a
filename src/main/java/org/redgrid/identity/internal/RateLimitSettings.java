package org.redgrid.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code redgrid.rate-limit.*}: how many requests each door takes per client address and per account
 * (the username of a login, the api_key of an Open311 client, the resident who reports) in a period;
 * {@code representative} limits the messages and phone codes anyone may send to a representative;
 * {@code phone-code} limits, per client address, the one-time codes asked for and given when residents
 * register or reset a password (the limits per phone are the {@link OneTimeCodePolicy}'s).
 */
@ConfigurationProperties("redgrid.rate-limit")
public record RateLimitSettings(Door login, Door open311, Door report, Door representative, Door phoneCode) {

    public RateLimitSettings {
        if (login == null) login = new Door(30, 10, Duration.ofMinutes(1));
        if (open311 == null) open311 = new Door(60, 60, Duration.ofMinutes(1));
        if (report == null) report = new Door(30, 10, Duration.ofMinutes(10));
        if (representative == null) representative = new Door(20, 10, Duration.ofMinutes(10));
        if (phoneCode == null) phoneCode = new Door(20, 20, Duration.ofMinutes(10));
    }

    /** {@code perAddress} and {@code perAccount} requests in {@code per}. */
    public record Door(int perAddress, int perAccount, Duration per) {

        public RateLimit addressLimit() {
            return new RateLimit(perAddress, per);
        }

        public RateLimit accountLimit() {
            return new RateLimit(perAccount, per);
        }
    }
}
