package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class TokenCacheTest {

    static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    static final Actor WORKER =
            new Actor("taoyuan.grid1", "网格员", Set.of(Role.GRID_WORKER), DataScope.of("150105004015001"), null);

    final AtomicBoolean hearing = new AtomicBoolean(true);
    final List<String> sent = new ArrayList<>();
    final AtomicInteger lookups = new AtomicInteger();
    final TokenCache cache = new TokenCache(hearing::get, sent::add, Duration.ofSeconds(30));

    Optional<Actor> resolve(Instant at, Instant tokenExpires) {
        return cache.resolve("token", at, () -> {
            lookups.incrementAndGet();
            return Optional.of(new TokenCache.Held(WORKER, tokenExpires));
        });
    }

    @Test
    void aTokenSeenLatelyIsNotLookedUpAgainWithinItsTimeToLive() {
        resolve(NOW, NOW.plusSeconds(3600));
        assertThat(resolve(NOW.plusSeconds(29), NOW.plusSeconds(3600))).contains(WORKER);
        assertThat(lookups).hasValue(1);
        resolve(NOW.plusSeconds(30), NOW.plusSeconds(3600));
        assertThat(lookups).as("looked up again once its time to live is over").hasValue(2);
    }

    @Test
    void anActorIsNeverKeptPastItsTokensExpiry() {
        resolve(NOW, NOW.plusSeconds(10));
        resolve(NOW.plusSeconds(10), NOW.plusSeconds(10));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aRevocationEmptiesTheCacheHereAndTellsEveryNode() {
        resolve(NOW, NOW.plusSeconds(3600));
        cache.revoked();
        assertThat(sent).containsExactly("revoked");
        resolve(NOW.plusSeconds(1), NOW.plusSeconds(3600));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aRevocationSignalledByAnotherNodeEmptiesTheCache() {
        resolve(NOW, NOW.plusSeconds(3600));
        cache.heard("revoked");
        resolve(NOW.plusSeconds(1), NOW.plusSeconds(3600));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void anActorReadBeforeARevocationIsNotKeptAfterIt() {
        cache.resolve("token", NOW, () -> {
            lookups.incrementAndGet();
            cache.heard("revoked"); // the revocation commits while the lookup runs
            return Optional.of(new TokenCache.Held(WORKER, NOW.plusSeconds(3600)));
        });
        resolve(NOW.plusSeconds(1), NOW.plusSeconds(3600));
        assertThat(lookups)
                .as("the actor read before the revocation was dropped")
                .hasValue(2);
    }

    @Test
    void aNodeThatCannotHearSignalsLooksEveryTokenUp() {
        hearing.set(false);
        resolve(NOW, NOW.plusSeconds(3600));
        resolve(NOW.plusSeconds(1), NOW.plusSeconds(3600));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void anUnknownTokenIsNeverRemembered() {
        cache.resolve("token", NOW, () -> {
            lookups.incrementAndGet();
            return Optional.empty();
        });
        assertThat(resolve(NOW.plusSeconds(1), NOW.plusSeconds(3600))).contains(WORKER);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aTimeToLiveOfZeroTurnsTheCacheOff() {
        TokenCache off = new TokenCache(() -> true, payload -> {}, Duration.ZERO);
        for (int i = 0; i < 2; i++) {
            off.resolve("token", NOW, () -> {
                lookups.incrementAndGet();
                return Optional.of(new TokenCache.Held(WORKER, NOW.plusSeconds(3600)));
            });
        }
        assertThat(lookups).hasValue(2);
    }
}
