package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

class RequestWindowTests {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    @Test
    void withoutDatesTheWindowIsTheNinetyDaysUpToNow() {
        RequestWindow window = RequestWindow.of(null, " ", NOW);

        assertThat(window.end()).isEqualTo(NOW);
        assertThat(window.start()).isEqualTo(NOW.minus(Duration.ofDays(90)));
    }

    @Test
    void aStartDateAloneOpensNinetyDaysFromIt() {
        RequestWindow window = RequestWindow.of("2026-01-01T00:00:00+08:00", null, NOW);

        assertThat(window.start()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
    }

    @Test
    void aDateWithoutTimeIsALocalDayAndAnEndDateIncludesItsWholeDay() {
        RequestWindow window = RequestWindow.of("2026-11-01", "2026-11-02", NOW);

        assertThat(window.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-11-02T16:00:00Z"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertRefused(() -> RequestWindow.of("2026-11-02", "2026-11-01T00:00:00Z", NOW), "end_date", "date.order");
    }

    @Test
    void aSpanOfMoreThanNinetyDaysIsRefused() {
        assertRefused(() -> RequestWindow.of("2026-01-01", "2026-06-01", NOW), "end_date", "date.span");
    }

    @Test
    void somethingThatIsNoDateIsRefusedNamingItsField() {
        assertRefused(() -> RequestWindow.of("yesterday", null, NOW), "start_date", "type.datetime");
    }

    @Test
    void aDateBeyondTheYearsOneToNineThousandNineHundredNinetyNineIsRefused() {
        assertRefused(() -> RequestWindow.of("+999999999-01-01T00:00:00Z", null, NOW), "start_date", "date.range");
        assertRefused(() -> RequestWindow.of(null, "-999999999-01-01", NOW), "end_date", "date.range");
        assertRefused(() -> RequestWindow.of("+10000-01-01", null, NOW), "start_date", "date.range");
    }

    private static void assertRefused(Runnable call, String field, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidValue.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.rule()).isEqualTo(rule);
        });
    }
}
