package org.redgrid.representation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redgrid.representation.internal.PhoneCodePolicy.Outcome;
import org.redgrid.representation.internal.PhoneCodePolicy.Sent;

class PhoneCodePolicyTest {

    static final Instant SENT = Instant.parse("2026-05-04T01:00:00Z");

    @Test
    void theCodeSentIsAcceptedWithinTenMinutes() {
        var sent = new Sent(SENT, 0);
        assertThat(PhoneCodePolicy.check(sent, true, SENT.plus(Duration.ofMinutes(10))))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aCodeOlderThanTenMinutesHasExpiredEvenWhenRight() {
        var sent = new Sent(SENT, 0);
        assertThat(PhoneCodePolicy.check(
                        sent, true, SENT.plus(Duration.ofMinutes(10)).plusSeconds(1)))
                .isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aCodeThatIsNotTheOneSentIsWrong() {
        assertThat(PhoneCodePolicy.check(new Sent(SENT, 0), false, SENT)).isEqualTo(Outcome.WRONG);
    }

    @Test
    void afterFiveWrongTriesEvenTheRightCodeNoLongerCounts() {
        assertThat(PhoneCodePolicy.check(new Sent(SENT, 4), true, SENT)).isEqualTo(Outcome.ACCEPTED);
        assertThat(PhoneCodePolicy.check(new Sent(SENT, 5), true, SENT)).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void withoutACodeSentNothingIsAccepted() {
        assertThat(PhoneCodePolicy.check(null, true, SENT)).isEqualTo(Outcome.NONE_SENT);
    }

    @Test
    void aNewCodeIsSentAtMostOnceAMinute() {
        var sent = new Sent(SENT, 0);
        assertThat(PhoneCodePolicy.maySendAgain(null, SENT)).isTrue();
        assertThat(PhoneCodePolicy.maySendAgain(sent, SENT.plusSeconds(59))).isFalse();
        assertThat(PhoneCodePolicy.maySendAgain(sent, SENT.plusSeconds(60))).isTrue();
    }
}
