package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.casework.internal.CaseFixtures.NOW;
import static org.redgrid.casework.internal.CaseFixtures.POLICY;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Urgency;
import org.redgrid.shared.InvalidValue;

/** 限时办结: limits per urgency, the yellow line, extensions and the light. */
class DeadlinePolicyTest {

    @Test
    void theYellowLineFallsAtTheWarningRatioOfTheLimit() {
        var lines = POLICY.start(Urgency.GENERAL, NOW);

        assertThat(lines.deadlineAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(lines.warnAt())
                .isEqualTo(NOW.plus(Duration.ofDays(7).multipliedBy(8).dividedBy(10)));
    }

    @Test
    void anExtensionReachesAtMostTheOriginalLimitUnlessTheCategorySaysOtherwise() {
        assertThat(POLICY.extension(Urgency.URGENT, "P2D")).isEqualTo(Duration.ofDays(2));
        assertThatThrownBy(() -> POLICY.extension(Urgency.URGENT, "P3D")).isInstanceOf(InvalidValue.class);
        var generous = new DeadlinePolicy(
                Duration.ofDays(7), Duration.ofDays(2), Duration.ofHours(4), 0.8, Optional.of(Duration.ofDays(30)));
        assertThat(generous.extension(Urgency.URGENT, "P30D")).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> generous.extension(Urgency.URGENT, "P99999D")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anExtensionIsAPositiveIsoDurationOfAtLeastTenMinutes() {
        for (String bad : new String[] {"", "3 days", "-P1D", "PT0S", "PT1M", "P1D\u0000"}) {
            assertThatThrownBy(() -> POLICY.extension(Urgency.GENERAL, bad))
                    .as(bad)
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Test
    void aLimitLiesBetweenTenMinutesAndAYear() {
        assertThat(DeadlinePolicy.bounded("limitGeneral", "P366D", DeadlinePolicy.LONGEST))
                .isEqualTo(Duration.ofDays(366));
        assertThatThrownBy(() -> DeadlinePolicy.bounded("limitGeneral", "P367D", DeadlinePolicy.LONGEST))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("limitGeneral"));
        assertThatThrownBy(() -> DeadlinePolicy.bounded("limitGeneral", "PT9M", DeadlinePolicy.LONGEST))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void theLightTurnsYellowThenRedAndStandsStillWhileSuspended() {
        var lines = POLICY.start(Urgency.CRITICAL, NOW);

        assertThat(DeadlinePolicy.light(true, lines, null, null, null, NOW.plusSeconds(60)))
                .isEqualTo(DeadlineState.GREEN);
        assertThat(DeadlinePolicy.light(true, lines, null, null, null, NOW.plus(Duration.ofMinutes(210))))
                .isEqualTo(DeadlineState.YELLOW);
        assertThat(DeadlinePolicy.light(true, lines, null, null, null, NOW.plus(Duration.ofHours(5))))
                .isEqualTo(DeadlineState.RED);
        assertThat(DeadlinePolicy.light(true, lines, NOW.plusSeconds(60), null, null, NOW.plus(Duration.ofHours(5))))
                .isEqualTo(DeadlineState.GREEN);
        assertThat(DeadlinePolicy.light(false, lines, null, null, null, NOW.plus(Duration.ofHours(5))))
                .isEqualTo(DeadlineState.NONE);
    }

    @Test
    void theSweepsMarksKeepTheirColourWhateverTheClockSays() {
        var lines = POLICY.start(Urgency.CRITICAL, NOW);

        assertThat(DeadlinePolicy.light(true, lines, null, null, NOW, NOW)).isEqualTo(DeadlineState.RED);
        assertThat(DeadlinePolicy.light(true, lines, null, NOW, null, NOW)).isEqualTo(DeadlineState.YELLOW);
    }
}
