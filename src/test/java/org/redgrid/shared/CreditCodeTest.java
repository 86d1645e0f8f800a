package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    // Public registration numbers of well-known companies, as shown in the national enterprise
    // credit publicity system; their check characters were also verified with a separate script.
    @ParameterizedTest(name = "{1}")
    @CsvSource({"914403001922038216, 华为技术有限公司", "91110108551385082Q, 小米科技有限责任公司", "91110000802100433B, 北京百度网讯科技有限公司"})
    void publishedCodesOfWellKnownCompaniesPassTheCheck(String code, String company) {
        CreditCode creditCode = CreditCode.parse("creditCode", code);

        assertThat(creditCode.value()).isEqualTo(code);
        assertThat(creditCode.checkCharacterValid()).isTrue();
        assertThat(creditCode.expectedCheckCharacter()).isEqualTo(code.charAt(17));
    }

    @Test
    void checkCharacterIsComputedFromTheFirstSeventeenCharacters() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("91110108551385082")).isEqualTo('Q');
        assertThat(CreditCode.checkCharacter("91110000802100433")).isEqualTo('B');
    }

    @Test
    void aWeightedSumDivisibleBy31YieldsCheckCharacterZero() {
        assertThat(CreditCode.checkCharacter("9111010855138508R")).isEqualTo('0');
        assertThat(CreditCode.parse("creditCode", "9111010855138508R0").checkCharacterValid())
                .isTrue();
    }

    @Test
    void aCorruptedCheckCharacterIsAcceptedButReportedAsAWarning() {
        CreditCode corrupted = CreditCode.parse("creditCode", "914403001922038217");

        assertThat(corrupted.value()).isEqualTo("914403001922038217");
        assertThat(corrupted.checkCharacterValid()).isFalse();
        assertThat(corrupted.expectedCheckCharacter()).isEqualTo('6');
    }

    @Test
    void aCorruptedBodyDigitIsAlsoReportedByTheCheck() {
        CreditCode transposed = CreditCode.parse("creditCode", "914403001922308216");

        assertThat(transposed.checkCharacterValid()).isFalse();
    }

    @Test
    void lowerCaseInputIsUpperCasedAndTrimmed() {
        CreditCode creditCode = CreditCode.parse("creditCode", " 91110108551385082q ");

        assertThat(creditCode.value()).isEqualTo("91110108551385082Q");
        assertThat(creditCode.checkCharacterValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', ' '})
    void charactersOutsideTheAlphabetAreRejectedAsFormat(char bad) {
        String code = "9111010855138508" + bad + "Q";

        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> CreditCode.parse("org.creditCode", code));

        assertThat(e.rule()).isEqualTo("gb32100.format");
        assertThat(e.field()).isEqualTo("org.creditCode");
        assertThat(e.messageZh()).contains("18 位");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91110108551385082", "91110108551385082Q0", "9111010855138508"})
    void wrongLengthIsRejectedAsFormat(String raw) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> CreditCode.parse("creditCode", raw));

        assertThat(e.rule()).isEqualTo("gb32100.format");
    }

    @Test
    void theConstructorEnforcesTheFormatUnderTheFieldNameCreditCode() {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> new CreditCode("91110108551385082"));

        assertThat(e.field()).isEqualTo("creditCode");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9111010855138508", "911101085513850820", "9111010855138508I"})
    void checkCharacterRefusesAnythingButSeventeenAlphabetCharacters(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter(first17));
    }
}
