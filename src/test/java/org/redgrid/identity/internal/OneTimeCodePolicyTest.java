package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.OneTimeCodePolicy.Issued;
import org.redgrid.identity.internal.OneTimeCodePolicy.Outcome;

class OneTimeCodePolicyTest {

    private static final Instant NOON = Instant.parse("2026-06-01T04:00:00Z");

    @Test
    void aPhoneWithoutCodesGetsOneAtOnce() {
        assertThat(OneTimeCodePolicy.waitBeforeSending(List.of(), NOON)).isEmpty();
    }

    @Test
    void aSecondCodeWithinAMinuteWaitsForTheRestOfTheMinute() {
        var wait = OneTimeCodePolicy.waitBeforeSending(List.of(NOON.minusSeconds(20)), NOON);

        assertThat(wait).contains(Duration.ofSeconds(40));
    }

    @Test
    void aCodeAMinuteAfterTheLastIsSent() {
        assertThat(OneTimeCodePolicy.waitBeforeSending(List.of(NOON.minusSeconds(60)), NOON))
                .isEmpty();
    }

    @Test
    void theSixthCodeOfADayWaitsUntilTheFirstIsADayOld() {
        Instant first = NOON.minus(Duration.ofHours(20));
        var sent = List.of(
                first,
                first.plusSeconds(3600),
                first.plusSeconds(7200),
                first.plusSeconds(10800),
                first.plusSeconds(14400));

        assertThat(OneTimeCodePolicy.waitBeforeSending(sent, NOON)).contains(Duration.ofHours(4));
    }

    @Test
    void codesOlderThanADayNoLongerCount() {
        Instant dayAgo = NOON.minus(Duration.ofDays(1)).minusSeconds(1);
        var sent = List.of(dayAgo, dayAgo, dayAgo, dayAgo, dayAgo);

        assertThat(OneTimeCodePolicy.waitBeforeSending(sent, NOON)).isEmpty();
    }

    @Test
    void theRightCodeWithinFiveMinutesIsAccepted() {
        var issued = new Issued(NOON.minus(Duration.ofMinutes(4)), 0);

        assertThat(OneTimeCodePolicy.check(issued, true, NOON)).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aWrongCodeIsWrongWhileTriesAreLeft() {
        assertThat(OneTimeCodePolicy.check(new Issued(NOON, 4), false, NOON)).isEqualTo(Outcome.WRONG);
    }

    @Test
    void theRightCodeAfterFiveMinutesHasExpired() {
        var issued = new Issued(NOON.minus(Duration.ofMinutes(5)), 0);

        assertThat(OneTimeCodePolicy.check(issued, true, NOON)).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void theRightCodeAfterFiveWrongTriesHasExpired() {
        assertThat(OneTimeCodePolicy.check(new Issued(NOON, 5), true, NOON)).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aCodeGivenWhenNoneWasSentIsNoneSent() {
        assertThat(OneTimeCodePolicy.check(null, true, NOON)).isEqualTo(Outcome.NONE_SENT);
    }

    @Test
    void onlySixDigitsAreACode() {
        assertThat(OneTimeCodePolicy.wellFormed("012345")).isTrue();
        assertThat(OneTimeCodePolicy.wellFormed(" 012345 ")).isTrue();
        assertThat(OneTimeCodePolicy.wellFormed("12345")).isFalse();
        assertThat(OneTimeCodePolicy.wellFormed("1234567")).isFalse();
        assertThat(OneTimeCodePolicy.wellFormed("12345a")).isFalse();
        assertThat(OneTimeCodePolicy.wellFormed(null)).isFalse();
    }
}
