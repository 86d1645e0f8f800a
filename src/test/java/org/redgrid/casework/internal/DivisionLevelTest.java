package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.casework.DivisionLevel;

/** The one ladder of handling levels. */
class DivisionLevelTest {

    @Test
    void theLadderGoesFromTheGridUpToTheRegionOneRungAtATime() {
        assertThat(DivisionLevel.GRID.above()).contains(DivisionLevel.COMMUNITY);
        assertThat(DivisionLevel.COMMUNITY.above()).contains(DivisionLevel.STREET);
        assertThat(DivisionLevel.STREET.above()).contains(DivisionLevel.COUNTY);
        assertThat(DivisionLevel.COUNTY.above()).contains(DivisionLevel.CITY);
        assertThat(DivisionLevel.CITY.above()).contains(DivisionLevel.REGION);
        assertThat(DivisionLevel.REGION.above()).isEmpty();
    }

    @Test
    void aLevelIsNamedByTheSignificantDigitsOfItsCodes() {
        assertThat(DivisionLevel.ofDigits(15)).contains(DivisionLevel.GRID);
        assertThat(DivisionLevel.ofDigits(9)).contains(DivisionLevel.STREET);
        assertThat(DivisionLevel.ofDigits(7)).isEmpty();
        assertThat(DivisionLevel.STREET.isAbove(DivisionLevel.COMMUNITY)).isTrue();
        assertThat(DivisionLevel.GRID.isAbove(DivisionLevel.GRID)).isFalse();
    }

    @Test
    void theSqlLadderMovesEveryLevelOneRungUpAndLeavesTheRegion() {
        assertThat(DivisionLevel.sqlAbove("level"))
                .isEqualTo(
                        "case level when 15 then 12 when 12 then 9 when 9 then 6 when 6 then 4 when 4 then 2 else level end");
    }
}
