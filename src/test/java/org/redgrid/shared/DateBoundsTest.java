package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

    @Test
    void theFirstAndLastDayOfTheFourDigitYearsAreAccepted() {
        assertThat(DateBounds.check("to", LocalDate.of(1, 1, 1))).isEqualTo(DateBounds.EARLIEST);
        assertThat(DateBounds.check("to", LocalDate.of(9999, 12, 31))).isEqualTo(DateBounds.LATEST);
        assertThat(DateBounds.check("to", null)).isNull();
    }

    @Test
    void aDateWhoseArithmeticWouldOverflowIsRefusedNamingTheField() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> DateBounds.check("to", LocalDate.MIN));

        assertThat(refused.field()).isEqualTo("to");
        assertThat(refused.rule()).isEqualTo("date.range");
        assertThat(catchThrowableOfType(InvalidValue.class, () -> DateBounds.check("from", LocalDate.of(10000, 1, 1))))
                .isNotNull();
    }
}
