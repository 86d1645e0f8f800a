package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandlingTimesTest {

    @Test
    void theNinetiethPercentileOfTenAnswersIsTheNinthFastest() {
        List<Duration> times =
                IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();

        assertThat(new HandlingTimes(times).p90Minutes()).isEqualTo(9.0);
    }

    @Test
    void theAverageIsInMinutesWhateverTheOrder() {
        HandlingTimes times =
                new HandlingTimes(List.of(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(20)));

        assertThat(times.averageMinutes()).isEqualTo(20.0);
        assertThat(times.p90Minutes()).isEqualTo(30.0);
    }

    @Test
    void noAnswersGiveNoFigureRatherThanZero() {
        assertThat(new HandlingTimes(List.of()).averageMinutes()).isNull();
        assertThat(new HandlingTimes(List.of()).p90Minutes()).isNull();
    }
}
