package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

/** Deadlines are picked as a number and a unit; the API keeps ISO-8601. */
class DeadlineInputTest {

    @Test
    void aNumberAndAUnitBecomeTheIsoDurationTheApiKeeps() {
        assertThat(DeadlineInput.iso("limitGeneral", "3", "DAYS")).isEqualTo("PT72H");
        assertThat(java.time.Duration.parse(DeadlineInput.iso("limitGeneral", "3", "DAYS")))
                .isEqualTo(java.time.Duration.ofDays(3));
        assertThat(DeadlineInput.iso("limitUrgent", " 4 ", "HOURS")).isEqualTo("PT4H");
        assertThat(DeadlineInput.iso("limitCritical", "30", "MINUTES")).isEqualTo("PT30M");
    }

    @Test
    void aLimitIsShownInTheLargestUnitThatDividesIt() {
        assertThat(DeadlineInput.of("PT72H")).isEqualTo(new DeadlineInput(3, DeadlineInput.Unit.DAYS));
        assertThat(DeadlineInput.of("P3D")).isEqualTo(new DeadlineInput(3, DeadlineInput.Unit.DAYS));
        assertThat(DeadlineInput.of("PT36H")).isEqualTo(new DeadlineInput(36, DeadlineInput.Unit.HOURS));
        assertThat(DeadlineInput.of("PT90M")).isEqualTo(new DeadlineInput(90, DeadlineInput.Unit.MINUTES));
        assertThat(DeadlineInput.of("not a duration")).isNull();
    }

    @Test
    void aMissingZeroOrNonNumericAmountAndAnUnknownUnitAreRefusedNamingTheField() {
        for (String amount : new String[] {null, "", "0", "-2", "2.5", "三", "100000"}) {
            assertThatThrownBy(() -> DeadlineInput.iso("limitGeneral", amount, "DAYS"))
                    .as(String.valueOf(amount))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> {
                        assertThat(e.field()).isEqualTo("limitGeneral");
                        assertThat(e.rule()).isEqualTo("duration.amount");
                    });
        }
        assertThatThrownBy(() -> DeadlineInput.iso("limitUrgent", "2", "WEEKS"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.rule()).isEqualTo("duration.unit"));
    }
}
