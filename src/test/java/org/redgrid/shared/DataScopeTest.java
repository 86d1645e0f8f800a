package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DataScopeTest {

    private static final DataScope TAOYUAN_GRID = DataScope.of("150105004015001");

    @ParameterizedTest
    @CsvSource({
        "15, 16",
        "159, 15:",
        "150105, 150106",
        "1509, 150:",
        "150105004015001, 150105004015002",
        "150105004015009, 15010500401500:"
    })
    void upperIncrementsTheLastCharacter(String prefix, String upper) {
        DataScope scope = DataScope.of(prefix);

        assertThat(scope.lower()).isEqualTo(prefix);
        assertThat(scope.upper()).isEqualTo(upper);
    }

    @Test
    void theRangeSelectsExactlyTheCodesTheScopeContains() {
        // Java compares strings by UTF-16 code unit, which for ASCII digits matches collate "C".
        List<String> codes = List.of(
                "15", "158", "159", "1590", "159999999999999", "15:", "16", "160", "1589", "1599", "150105", "14999");
        for (String prefix : List.of("15", "159", "158", "1599")) {
            DataScope scope = DataScope.of(prefix);
            for (String code : codes) {
                boolean inRange = code.compareTo(scope.lower()) >= 0 && code.compareTo(scope.upper()) < 0;
                assertThat(inRange).as("%s in range of %s", code, prefix).isEqualTo(scope.contains(code));
            }
        }
    }

    @Test
    void containsItselfAndEverythingBelow() {
        DataScope saihan = DataScope.of("150105");

        assertThat(saihan.contains("150105")).isTrue();
        assertThat(saihan.contains("150105004015")).isTrue();
        assertThat(saihan.contains("150105004015001")).isTrue();
        assertThat(saihan.contains("150102")).isFalse();
        assertThat(saihan.contains("1501")).isFalse();
        assertThat(saihan.contains(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "1501", "150105", "150105004", "150105004015"})
    void aGridScopeSeesEveryAncestor(String ancestor) {
        assertThat(TAOYUAN_GRID.isAncestorOf(ancestor)).isTrue();
        assertThat(TAOYUAN_GRID.contains(ancestor)).isFalse();
        assertThat(TAOYUAN_GRID.sees(ancestor)).isTrue();
    }

    @Test
    void aGridScopeSeesItself() {
        assertThat(TAOYUAN_GRID.sees("150105004015001")).isTrue();
        assertThat(TAOYUAN_GRID.isAncestorOf("150105004015001")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"150105004016", "150105004015002", "150105004016001", "150106", "1502", "16", "150105000000"})
    void aGridScopeDoesNotSeeSiblingsCousinsOrPaddedCodes(String code) {
        assertThat(TAOYUAN_GRID.sees(code)).isFalse();
    }

    @Test
    void aDistrictScopeSeesItsSubtreeAndAncestorsButNotItsSiblings() {
        DataScope saihan = DataScope.of("150105");

        assertThat(saihan.sees("150105004015")).isTrue();
        assertThat(saihan.sees("1501")).isTrue();
        assertThat(saihan.sees("15")).isTrue();
        assertThat(saihan.sees("150102")).isFalse();
        assertThat(saihan.sees("150102001001")).isFalse();
    }

    @Test
    void isAncestorOfIgnoresEmptyAndNull() {
        assertThat(TAOYUAN_GRID.isAncestorOf("")).isFalse();
        assertThat(TAOYUAN_GRID.isAncestorOf(null)).isFalse();
        assertThat(TAOYUAN_GRID.sees(null)).isFalse();
    }

    @Test
    void ofTrimsWhitespace() {
        assertThat(DataScope.of(" 150105 ").prefix()).isEqualTo("150105");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1", "1501050040150011", "15a", "15 01", "-15"})
    void ofRejectsAnythingButTwoToFifteenDigits(String code) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> DataScope.of(code));

        assertThat(e).as("expected %s to be rejected", code).isNotNull();
        assertThat(e.field()).isEqualTo("prefix");
        assertThat(e.rule()).isEqualTo("data-scope.format");
    }
}
