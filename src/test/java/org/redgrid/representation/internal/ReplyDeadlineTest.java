package org.redgrid.representation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redgrid.representation.ReplyState;

class ReplyDeadlineTest {

    static final Instant RECEIVED = Instant.parse("2026-05-04T01:00:00Z");

    @Test
    void aMessageIsDueThreeDaysAfterItArrives() {
        assertThat(ReplyDeadline.dueAt(RECEIVED)).isEqualTo(Instant.parse("2026-05-07T01:00:00Z"));
    }

    @Test
    void aFreshMessageWaits() {
        assertThat(ReplyDeadline.state(RECEIVED, null, RECEIVED.plus(Duration.ofDays(1))))
                .isEqualTo(ReplyState.WAITING);
    }

    @Test
    void halfADayBeforeTheLimitTheMessageIsDueSoon() {
        Instant due = ReplyDeadline.dueAt(RECEIVED);
        assertThat(ReplyDeadline.state(RECEIVED, null, due.minus(Duration.ofHours(12))))
                .isEqualTo(ReplyState.DUE_SOON);
        assertThat(ReplyDeadline.state(
                        RECEIVED, null, due.minus(Duration.ofHours(12)).minusSeconds(1)))
                .isEqualTo(ReplyState.WAITING);
    }

    @Test
    void anUnansweredMessagePastItsLimitIsOverdue() {
        Instant due = ReplyDeadline.dueAt(RECEIVED);
        assertThat(ReplyDeadline.state(RECEIVED, null, due)).isEqualTo(ReplyState.DUE_SOON);
        assertThat(ReplyDeadline.state(RECEIVED, null, due.plusSeconds(1))).isEqualTo(ReplyState.OVERDUE);
    }

    @Test
    void anAnswerKeepsWhetherItCameInTime() {
        Instant due = ReplyDeadline.dueAt(RECEIVED);
        Instant muchLater = due.plus(Duration.ofDays(30));
        assertThat(ReplyDeadline.state(RECEIVED, due, muchLater)).isEqualTo(ReplyState.ANSWERED);
        assertThat(ReplyDeadline.state(RECEIVED, due.plusSeconds(1), muchLater)).isEqualTo(ReplyState.ANSWERED_LATE);
    }
}
