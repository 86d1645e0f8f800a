package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    // 桃园社区居委会, 大学东路街道, 赛罕区, 呼和浩特市, 内蒙古自治区
    private static final DivisionCode TAOYUAN = new DivisionCode("150105004015");

    @Test
    void taoyuanCommunityClimbsThroughStreetDistrictAndCityToTheRegion() {
        List<String> ancestors = new ArrayList<>();
        Optional<DivisionCode> current = TAOYUAN.parent();
        while (current.isPresent()) {
            ancestors.add(current.get().value());
            current = current.get().parent();
        }

        assertThat(ancestors).containsExactly("150105004", "150105", "1501", "15");
    }

    @Test
    void eachCodeReportsItsLevel() {
        assertThat(TAOYUAN.level()).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(new DivisionCode("150105004").level()).isEqualTo(DivisionLevel.TOWN);
        assertThat(new DivisionCode("150105").level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(new DivisionCode("1501").level()).isEqualTo(DivisionLevel.CITY);
        assertThat(new DivisionCode("15").level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(new DivisionCode("150105004").level().nameZh()).isEqualTo("乡级");
    }

    @Test
    void theProvinceHasNoParent() {
        assertThat(new DivisionCode("15").parent()).isEmpty();
    }

    @Test
    void aLevelThatDoesNotExistIsSkippedWhenClimbing() {
        // Dongguan (4419) has no counties: its towns are numbered 441900xxx.
        assertThat(new DivisionCode("441900003").parent()).contains(new DivisionCode("4419"));
    }

    @ParameterizedTest
    @CsvSource({
        "150105000000, 150105",
        "150105004000, 150105004",
        "150000000000, 15",
        "150100000000, 1501",
        "150105004015, 150105004015",
        "150105, 150105",
        "150100, 1501",
        "15, 15",
        "441900003000, 441900003"
    })
    void parseAcceptsNaturalAndPaddedFormsAndReturnsTheNaturalForm(String raw, String natural) {
        assertThat(DivisionCode.parse("code", raw).value()).isEqualTo(natural);
    }

    @Test
    void parseTrimsWhitespace() {
        assertThat(DivisionCode.parse("code", " 150105000000\n").value()).isEqualTo("150105");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "1",
                "150",
                "15010",
                "1501050",
                "15010500401",
                "1501050040150",
                "150105004015001",
                "000000000000",
                "00",
                "0015",
                "15a105",
                "15 0105",
                "-150105"
            })
    void parseRejectsEverythingElseNamingTheField(String raw) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> DivisionCode.parse("resident.division", raw));

        assertThat(e).as("expected %s to be rejected", raw).isNotNull();
        assertThat(e.field()).isEqualTo("resident.division");
        assertThat(e.rule()).isEqualTo("division-code.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"150105000000", "1500", "150100", "150105004000", "00", "1501050", "15010a"})
    void theConstructorAcceptsOnlyTheNaturalForm(String value) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> new DivisionCode(value));

        assertThat(e).as("expected %s to be rejected", value).isNotNull();
        assertThat(e.field()).isEqualTo("code");
        assertThat(e.rule()).isEqualTo("division-code.format");
    }

    @Test
    void paddedFillsToTwelveDigits() {
        assertThat(new DivisionCode("15").padded()).isEqualTo("150000000000");
        assertThat(new DivisionCode("150105").padded()).isEqualTo("150105000000");
        assertThat(new DivisionCode("150105004").padded()).isEqualTo("150105004000");
        assertThat(TAOYUAN.padded()).isEqualTo("150105004015");
    }

    @Test
    void paddedAndParseRoundTrip() {
        DivisionCode district = new DivisionCode("150105");

        assertThat(DivisionCode.parse("code", district.padded())).isEqualTo(district);
    }

    @Test
    void containsMatchesDescendantsGridsAndItself() {
        DivisionCode saihan = new DivisionCode("150105");

        assertThat(saihan.contains("150105")).isTrue();
        assertThat(saihan.contains("150105004")).isTrue();
        assertThat(saihan.contains("150105004015")).isTrue();
        assertThat(saihan.contains("150105004015001")).isTrue();
    }

    @Test
    void containsRejectsSiblingsAncestorsAndNull() {
        DivisionCode saihan = new DivisionCode("150105");

        assertThat(saihan.contains("150102001001")).isFalse();
        assertThat(saihan.contains("1501")).isFalse();
        assertThat(saihan.contains("15")).isFalse();
        assertThat(saihan.contains(null)).isFalse();
    }

    @Test
    void divisionLevelIsFoundByDigitCount() {
        assertThat(DivisionLevel.ofDigits(2)).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(DivisionLevel.ofDigits(9)).isEqualTo(DivisionLevel.TOWN);
        assertThat(DivisionLevel.ofDigits(12).nameZh()).isEqualTo("村级");
        assertThatIllegalArgumentException().isThrownBy(() -> DivisionLevel.ofDigits(5));
    }
}
