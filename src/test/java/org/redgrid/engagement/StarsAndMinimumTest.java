package org.redgrid.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

/** 星级 from a year's points, a team's monthly minimum, and the checks on a county's rules. */
class StarsAndMinimumTest {

    static final StarThresholds STARS = new StarThresholds(List.of(10, 30, 60, 100, 150));

    @Test
    void aYearsPointsEarnOneStarPerThresholdReached() {
        assertThat(STARS.stars(0)).isZero();
        assertThat(STARS.stars(9)).isZero();
        assertThat(STARS.stars(10)).isEqualTo(1);
        assertThat(STARS.stars(99)).isEqualTo(3);
        assertThat(STARS.stars(150)).isEqualTo(5);
        assertThat(STARS.stars(10_000)).isEqualTo(5);
    }

    @Test
    void thresholdsAreFiveAndStrictlyAscending() {
        assertThatThrownBy(() -> new StarThresholds(List.of(10, 30, 60, 100))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new StarThresholds(List.of(10, 30, 30, 100, 150)))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("stars.ascending");
        assertThatThrownBy(() -> new StarThresholds(List.of(0, 30, 60, 100, 150)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aTeamWithoutOneServiceInAMonthIsFlagged() {
        var once = new MonthlyMinimum(1);

        assertThat(once.missedBy(0)).isTrue();
        assertThat(once.missedBy(1)).isFalse();
        assertThat(new MonthlyMinimum(0).missedBy(0)).isFalse();
    }

    @Test
    void aMonthlyMinimumIsBetweenNoneAndDaily() {
        assertThatThrownBy(() -> new MonthlyMinimum(-1)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new MonthlyMinimum(32)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aCountysRulesNameTheFieldThatIsOutOfRange() {
        assertThatThrownBy(
                        () -> new PointRules(2, 5, 5, 2, 10, 0, ResetPolicy.YEARLY, List.of(10, 30, 60, 100, 150), 1))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("yearlyCap");
        assertThatThrownBy(() -> new PointRules(2, 5, 5, 2, 10, 300, null, List.of(10, 30, 60, 100, 150), 1))
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("reset");
    }
}
