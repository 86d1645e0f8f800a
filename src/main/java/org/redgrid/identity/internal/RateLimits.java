package org.redgrid.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The buckets of every door, per client address and per account, held in this node's memory: behind a
 * load balancer of n nodes a client gets up to n times the limit, which still bounds a flood. Buckets
 * that have filled up again are forgotten every minute, so the map holds only recent clients.
 */
@Component
public class RateLimits {

    /** The doors that are limited. */
    public enum Door {
        LOGIN,
        OPEN311,
        REPORT,
        REPRESENTATIVE,
        PHONE_CODE
    }

    private static final int SWEEP_ABOVE = 100_000;

    private final Clock clock;
    private final Map<Door, RateLimitSettings.Door> configured = new EnumMap<>(Door.class);
    private final Map<Door, RateLimitSettings.Door> limits = new ConcurrentHashMap<>();
    private final Map<String, RateLimit.Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(RateLimitSettings settings, Clock clock) {
        this.clock = clock;
        configured.put(Door.LOGIN, settings.login());
        configured.put(Door.OPEN311, settings.open311());
        configured.put(Door.REPORT, settings.report());
        configured.put(Door.REPRESENTATIVE, settings.representative());
        configured.put(Door.PHONE_CODE, settings.phoneCode());
        limits.putAll(configured);
    }

    /**
     * Takes a token for the address and one for the account (when known); empty when both had one,
     * else how long the client should wait.
     */
    public Optional<RateLimit.Refusal> admit(Door door, String address, String account) {
        Instant now = clock.instant();
        RateLimitSettings.Door limit = limits.get(door);
        Optional<RateLimit.Refusal> wait =
                bucket(door + "|address|" + address, limit.addressLimit(), now).take(now);
        if (wait.isPresent() || account == null || account.isBlank()) return wait;
        String key = account.strip().toLowerCase(Locale.ROOT);
        if (key.length() > 64) key = key.substring(0, 64);
        return bucket(door + "|account|" + key, limit.accountLimit(), now).take(now);
    }

    /** Sets a door's limits at run time (operations, tests) and starts its buckets afresh. */
    public void set(Door door, RateLimitSettings.Door limit) {
        limits.put(door, limit);
        buckets.keySet().removeIf(key -> key.startsWith(door + "|"));
    }

    /** Back to the configured limits, every bucket afresh. */
    public void reset() {
        limits.putAll(configured);
        buckets.clear();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void forgetIdle() {
        Instant now = clock.instant();
        buckets.values().removeIf(bucket -> bucket.idle(now));
    }

    private RateLimit.Bucket bucket(String key, RateLimit limit, Instant now) {
        if (buckets.size() > SWEEP_ABOVE) forgetIdle();
        return buckets.computeIfAbsent(key, k -> limit.start(now));
    }
}
