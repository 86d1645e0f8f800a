package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTest {

    private static final DivisionCode TAOYUAN = new DivisionCode("150105004015");

    @Test
    void aGridCodeSplitsIntoCommunityAndSequence() {
        GridCode grid = GridCode.parse("grid", "150105004015007");

        assertThat(grid.community()).isEqualTo(TAOYUAN);
        assertThat(grid.sequence()).isEqualTo(7);
    }

    @Test
    void parseTrimsWhitespace() {
        assertThat(GridCode.parse("grid", " 150105004015001 ").value()).isEqualTo("150105004015001");
    }

    @Test
    void ofPadsTheSequenceToThreeDigits() {
        assertThat(GridCode.of(TAOYUAN, 1).value()).isEqualTo("150105004015001");
        assertThat(GridCode.of(TAOYUAN, 42).value()).isEqualTo("150105004015042");
        assertThat(GridCode.of(TAOYUAN, 999).value()).isEqualTo("150105004015999");
    }

    @Test
    void ofAndParseAgree() {
        GridCode built = GridCode.of(TAOYUAN, 123);

        assertThat(GridCode.parse("grid", built.value())).isEqualTo(built);
        assertThat(built.community()).isEqualTo(TAOYUAN);
        assertThat(built.sequence()).isEqualTo(123);
    }

    @ParameterizedTest
    @ValueSource(strings = {"150105004", "150105", "1501", "15"})
    void ofRequiresAVillageLevelCommunity(String code) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> GridCode.of(new DivisionCode(code), 1));

        assertThat(e.field()).isEqualTo("community");
        assertThat(e.rule()).isEqualTo("grid-code.format");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000})
    void ofRequiresASequenceFrom1To999(int sequence) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> GridCode.of(TAOYUAN, sequence));

        assertThat(e.field()).isEqualTo("sequence");
        assertThat(e.rule()).isEqualTo("grid-code.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "150105004015000",
                "15010500401500",
                "1501050040150011",
                "15010500401500a",
                "150105004000001",
                "000000000000001",
                "150105004015"
            })
    void malformedGridCodesAreRejectedNamingTheField(String raw) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> GridCode.parse("task.grid", raw));

        assertThat(e).as("expected %s to be rejected", raw).isNotNull();
        assertThat(e.field()).isEqualTo("task.grid");
        assertThat(e.rule()).isEqualTo("grid-code.format");
    }

    @Test
    void theConstructorValidatesUnderTheFieldNameCode() {
        assertThat(catchThrowableOfType(InvalidValue.class, () -> new GridCode("150105004015000"))
                        .field())
                .isEqualTo("code");
    }
}
