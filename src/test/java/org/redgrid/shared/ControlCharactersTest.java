package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

    @Test
    void aNulCharacterIsRefusedNamingTheFieldAndTheRule() {
        InvalidValue refused = catchThrowableOfType(
                InvalidValue.class, () -> ControlCharacters.refuseInFreeText("title", "gas\u0000leak"));

        assertThat(refused.field()).isEqualTo("title");
        assertThat(refused.rule()).isEqualTo("text.control-character");
        assertThat(refused.messageEn()).contains("U+0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\tb", "windows\r\nline", "普通文本 plain text"})
    void freeTextMayHoldTabsAndLineBreaks(String text) {
        assertThatNoException().isThrownBy(() -> ControlCharacters.refuseInFreeText("description", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0001", "\u001fb", "bell\u0007", "esc\u001b[31m", "back\bspace"})
    void otherC0ControlsAreRefusedEvenInFreeText(String text) {
        assertThat(catchThrowableOfType(
                        InvalidValue.class, () -> ControlCharacters.refuseInFreeText("description", text)))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150105\n", "a\tb", "x\ry"})
    void codesAndNamesHoldNoControlCharacterAtAll(String value) {
        assertThat(catchThrowableOfType(InvalidValue.class, () -> ControlCharacters.refuse("gridCode", value)))
                .isNotNull();
    }

    @Test
    void absentValuesAndPrintableTextPass() {
        assertThatNoException().isThrownBy(() -> ControlCharacters.refuse("q", null));
        assertThatNoException().isThrownBy(() -> ControlCharacters.refuse("q", "张三 O'Brien <b>"));
    }
}
