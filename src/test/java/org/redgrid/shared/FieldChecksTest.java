package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every field is checked before the form is refused, so all mistakes are shown at once. */
class FieldChecksTest {

    @Test
    void everyFailedFieldIsReportedTogetherTheFirstLeading() {
        FieldChecks checks = new FieldChecks();

        String title = checks.check(() -> Text.required("title", " ", 200));
        String description = checks.check(() -> Text.required("description", "路灯不亮", 4000));
        checks.run(() -> GeoPoint.check("lat", "lng", 91.0, 111.0));

        assertThat(title).isNull();
        assertThat(description).isEqualTo("路灯不亮");
        assertThatThrownBy(checks::done).isInstanceOfSatisfying(InvalidValues.class, e -> {
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.problems()).extracting(InvalidValue::field).containsExactly("title", "lat");
        });
    }

    @Test
    void oneFailedFieldIsRefusedAsItselfAndNoneNotAtAll() {
        FieldChecks one = new FieldChecks();
        one.check(() -> Text.required("title", null, 200));
        assertThatThrownBy(one::done).isInstanceOf(InvalidValue.class).isNotInstanceOf(InvalidValues.class);

        FieldChecks none = new FieldChecks();
        none.check(() -> Text.required("title", "井盖缺失", 200));
        assertThat(none.passed()).isTrue();
        assertThatNoException().isThrownBy(none::done);
    }
}
