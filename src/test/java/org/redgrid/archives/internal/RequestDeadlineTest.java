package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestDeadlineTest {

    static final Instant SUBMITTED = Instant.parse("2026-12-02T01:00:00Z");
    final RequestDeadline deadline = RequestDeadline.ONE_HOUR;

    @Test
    void theKeeperAnswersWithinOneHour() {
        assertThat(deadline.dueAt(SUBMITTED)).isEqualTo(SUBMITTED.plus(Duration.ofHours(1)));
    }

    @Test
    void anUnansweredRequestIsOverdueOnlyAfterTheHour() {
        assertThat(deadline.isOverdue(SUBMITTED, null, SUBMITTED.plus(Duration.ofMinutes(60))))
                .isFalse();
        assertThat(deadline.isOverdue(SUBMITTED, null, SUBMITTED.plus(Duration.ofMinutes(61))))
                .isTrue();
    }

    @Test
    void anAnswerAfterTheHourStaysOverdueForever() {
        Instant late = SUBMITTED.plus(Duration.ofMinutes(90));

        assertThat(deadline.isOverdue(SUBMITTED, late, late.plus(Duration.ofDays(5))))
                .isTrue();
    }

    @Test
    void anAnswerInTimeIsNeverOverdue() {
        Instant answered = SUBMITTED.plus(Duration.ofMinutes(20));

        assertThat(deadline.isOverdue(SUBMITTED, answered, SUBMITTED.plus(Duration.ofDays(5))))
                .isFalse();
    }
}
