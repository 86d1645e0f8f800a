package org.redgrid.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

class VotingWindowTest {

    static final Instant NINE = Instant.parse("2026-07-10T01:00:00Z");
    static final Instant ELEVEN = Instant.parse("2026-07-10T03:00:00Z");
    final VotingWindow window = new VotingWindow(NINE, ELEVEN);

    @Test
    void aVoteAtTheOpeningInstantCounts() {
        assertThat(window.isOpenAt(NINE)).isTrue();
    }

    @Test
    void aVoteBeforeTheWindowOpensIsRefused() {
        assertThat(window.isOpenAt(NINE.minusSeconds(1))).isFalse();
    }

    @Test
    void aVoteAtTheClosingInstantIsTooLate() {
        assertThat(window.isOpenAt(ELEVEN.minusSeconds(1))).isTrue();
        assertThat(window.isOpenAt(ELEVEN)).isFalse();
    }

    @Test
    void aWindowGivenWithoutTimesOpensNowForADay() {
        VotingWindow filled = VotingWindow.of(null, null, NINE);
        assertThat(filled.opensAt()).isEqualTo(NINE);
        assertThat(filled.closesAt()).isEqualTo(NINE.plus(VotingWindow.DEFAULT_LENGTH));
    }

    @Test
    void aWindowMustCloseAfterItOpens() {
        assertThatThrownBy(() -> new VotingWindow(ELEVEN, NINE))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> new VotingWindow(NINE, NINE)).isInstanceOf(InvalidValue.class);
    }
}
