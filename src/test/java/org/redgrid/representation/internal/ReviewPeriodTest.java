package org.redgrid.representation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

    final ReviewPeriod period = new ReviewPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @Test
    void aMailboxTakesOpinionsOnItsFirstAndLastDay() {
        assertThat(period.isOpenOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(period.isOpenOn(LocalDate.of(2026, 3, 31))).isTrue();
    }

    @Test
    void aMailboxIsClosedBeforeAndAfterItsPeriod() {
        assertThat(period.isOpenOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(period.isOpenOn(LocalDate.of(2026, 4, 1))).isFalse();
    }
}
