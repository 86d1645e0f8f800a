package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aFullBucketLetsTheWholeBurstThroughAndRefusesTheNextWithTheWaitForOneToken() {
        var bucket = new RateLimit(5, Duration.ofMinutes(1)).start(NOON);

        for (int i = 0; i < 5; i++) assertThat(bucket.take(NOON)).isEmpty();

        assertThat(bucket.take(NOON)).contains(new RateLimit.Refusal(Duration.ofSeconds(12), true));
    }

    @Test
    void onlyTheFirstRefusalAfterAnAdmissionIsMarkedFirst() {
        var bucket = new RateLimit(1, Duration.ofMinutes(1)).start(NOON);
        bucket.take(NOON);

        assertThat(bucket.take(NOON).map(RateLimit.Refusal::first)).contains(true);
        assertThat(bucket.take(NOON.plusSeconds(1)).map(RateLimit.Refusal::first))
                .contains(false);
        assertThat(bucket.take(NOON.plusSeconds(61))).isEmpty();
        assertThat(bucket.take(NOON.plusSeconds(62)).map(RateLimit.Refusal::first))
                .contains(true);
    }

    @Test
    void tokensFlowBackAtTheLimitsPace() {
        var bucket = new RateLimit(5, Duration.ofMinutes(1)).start(NOON);
        for (int i = 0; i < 5; i++) bucket.take(NOON);

        assertThat(bucket.take(NOON.plusSeconds(11)).map(RateLimit.Refusal::retryAfter))
                .contains(Duration.ofSeconds(1));
        assertThat(bucket.take(NOON.plusSeconds(12))).isEmpty();
        assertThat(bucket.take(NOON.plusSeconds(13))).isPresent();
    }

    @Test
    void aQuietBucketFillsUpToTheLimitAndNoFurther() {
        var bucket = new RateLimit(3, Duration.ofMinutes(1)).start(NOON);
        bucket.take(NOON);
        Instant muchLater = NOON.plus(Duration.ofHours(5));

        assertThat(bucket.idle(muchLater)).isTrue();
        for (int i = 0; i < 3; i++) assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isPresent();
    }

    @Test
    void theWaitIsNeverShorterThanOneSecond() {
        var bucket = new RateLimit(1000, Duration.ofSeconds(1)).start(NOON);
        for (int i = 0; i < 1000; i++) bucket.take(NOON);

        assertThat(bucket.take(NOON).map(RateLimit.Refusal::retryAfter)).contains(Duration.ofSeconds(1));
    }

    @Test
    void aLimitAllowsAtLeastOneRequestInAPositivePeriod() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountIsLimitedWhateverAddressItComesFromAndAnAddressWhateverAccountItNames() {
        var settings =
                new RateLimitSettings(new RateLimitSettings.Door(3, 2, Duration.ofMinutes(1)), null, null, null, null);
        var limits = new RateLimits(settings, Clock.fixed(NOON, ZoneOffset.UTC));

        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.1", "zhang")).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.2", "Zhang")).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.3", "zhang")).isPresent();

        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.9", "a")).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.9", "b")).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.9", "c")).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.9", "d").map(RateLimit.Refusal::retryAfter))
                .isEqualTo(Optional.of(Duration.ofSeconds(20)));
    }

    @Test
    void doorsCountApart() {
        var settings = new RateLimitSettings(
                new RateLimitSettings.Door(1, 1, Duration.ofMinutes(1)),
                new RateLimitSettings.Door(1, 1, Duration.ofMinutes(1)),
                null,
                null,
                null);
        var limits = new RateLimits(settings, Clock.fixed(NOON, ZoneOffset.UTC));

        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.1", null)).isEmpty();
        assertThat(limits.admit(RateLimits.Door.OPEN311, "10.0.0.1", null)).isEmpty();
        assertThat(limits.admit(RateLimits.Door.LOGIN, "10.0.0.1", null)).isPresent();
    }
}
