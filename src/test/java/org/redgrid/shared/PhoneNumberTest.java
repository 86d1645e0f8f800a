package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Test
    void aMobileNumberIsAcceptedAndMaskedToPrefixAndLastFour() {
        PhoneNumber phone = PhoneNumber.parse("phone", "13812345678");

        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.masked()).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+86 138 1234 5678",
                "+8613812345678",
                "8613812345678",
                " 138 1234 5678 ",
                "138\u00a01234\u30005678"
            })
    void spacesAndTheCountryCodeAreStrippedBeforeValidation(String raw) {
        assertThat(PhoneNumber.parse("phone", raw)).isEqualTo(new PhoneNumber("13812345678"));
    }

    @ParameterizedTest
    @CsvSource({
        "0471-6601234, 0471-*****34",
        "04716601234, 0471*****34",
        "010-12345678, 010-******78",
        "01012345678, 010******78",
        "021 6888 1234, 021******34",
        "0479-12345678, 0479-******78",
        "+86 0471-6601234, 0471-*****34"
    })
    void landlinesKeepTheAreaCodeAndLastTwoDigitsWhenMasked(String raw, String masked) {
        PhoneNumber phone = PhoneNumber.parse("phone", raw);

        assertThat(phone.isMobile()).isFalse();
        assertThat(phone.masked()).isEqualTo(masked);
    }

    @Test
    void toStringPrintsOnlyTheMaskedNumber() {
        assertThat(PhoneNumber.parse("phone", "13812345678").toString()).isEqualTo("138****5678");
        assertThat(PhoneNumber.parse("phone", "0471-6601234").toString()).doesNotContain("6601234");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "12812345678",
                "1381234567",
                "138123456789",
                "1381234567a",
                "4716601234",
                "0471-660123",
                "0471-660123456",
                "0471--6601234",
                "+85 13812345678",
                "138-1234-5678"
            })
    void anythingElseIsRejectedNamingTheFieldAndRule(String raw) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> PhoneNumber.parse("contact.phone", raw));

        assertThat(e).as("expected %s to be rejected", raw).isNotNull();
        assertThat(e.field()).isEqualTo("contact.phone");
        assertThat(e.rule()).isEqualTo("phone.format");
    }

    @Test
    void theConstructorNormalisesAndValidatesToo() {
        assertThat(new PhoneNumber("+86 13812345678").value()).isEqualTo("13812345678");
        assertThat(catchThrowableOfType(InvalidValue.class, () -> new PhoneNumber("12345"))
                        .field())
                .isEqualTo("phone");
    }
}
