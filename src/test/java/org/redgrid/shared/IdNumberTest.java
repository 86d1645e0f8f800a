package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    // The worked example printed in GB 11643-1999 itself.
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsOwnExampleIsAValidFemaleBornOn31December1949() {
        IdNumber id = IdNumber.parse("idNumber", STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.gender().nameZh()).isEqualTo("女");
    }

    @Test
    void theWidelyPublishedExample110101199003074477IsAValidMaleBornOn7March1990() {
        IdNumber id = IdNumber.parse("idNumber", "110101199003074477");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id.gender().nameZh()).isEqualTo("男");
    }

    // Check characters below were computed independently with a Python implementation of the standard.
    @ParameterizedTest
    @CsvSource({
        "11010519491231002, X",
        "11010119900307447, 7",
        "15010519900101123, X",
        "15010519900101124, 8",
        "15010520000229002, 9",
        "15010519000101001, 7",
        "11010119900307803, X"
    })
    void checkCharacterMatchesIndependentlyComputedVectors(String first17, char expected) {
        assertThat(IdNumber.checkCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15010519900101123X", "150105200002290029", "150105190001010017", "11010119900307803X"})
    void independentlyVerifiedNumbersAreAccepted(String number) {
        assertThat(IdNumber.parse("idNumber", number).value()).isEqualTo(number);
    }

    @Test
    void aLeapDayBirthIsAccepted() {
        assertThat(IdNumber.parse("idNumber", "150105200002290029").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void theFirstDayOf1900IsTheEarliestAcceptedBirthDate() {
        assertThat(IdNumber.parse("idNumber", "150105190001010017").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void idNumberWithWrongCheckDigitIsRejectedNamingTheRuleAndTheExpectedCharacter() {
        InvalidValue e = catchThrowableOfType(
                InvalidValue.class, () -> IdNumber.parse("applicant.idNumber", "110101199003074478"));

        assertThat(e.field()).isEqualTo("applicant.idNumber");
        assertThat(e.rule()).isEqualTo("gb11643.check-digit");
        assertThat(e.messageZh()).isEqualTo("身份证号校验位错误，应为 7");
        assertThat(e.messageEn()).isEqualTo("check digit is wrong, expected 7");
        assertThat(e.getMessage()).isEqualTo("applicant.idNumber: check digit is wrong, expected 7");
    }

    @Test
    void aDigitWhereXIsExpectedIsRejectedAsWrongCheckDigit() {
        InvalidValue e =
                catchThrowableOfType(InvalidValue.class, () -> IdNumber.parse("idNumber", "110105194912310020"));

        assertThat(e.rule()).isEqualTo("gb11643.check-digit");
        assertThat(e.messageEn()).endsWith("expected X");
    }

    @Test
    void rejectionMessagesNeverRepeatTheNumber() {
        InvalidValue e =
                catchThrowableOfType(InvalidValue.class, () -> IdNumber.parse("idNumber", "110101199003074478"));

        assertThat(e.getMessage()).doesNotContain("110101199003074478").doesNotContain("19900307");
        assertThat(e.messageZh()).doesNotContain("110101199003074478");
    }

    @Test
    void the30thOfFebruaryIsRejectedAsBirthDateEvenWithACorrectCheckDigit() {
        assertRejected("150105199002301239", "gb11643.birth-date");
    }

    @Test
    void the29thOfFebruaryInACommonYearIsRejectedAsBirthDate() {
        assertRejected("150105190102290011", "gb11643.birth-date");
    }

    @Test
    void aBirthYearOf1899IsRejectedAsBirthDate() {
        InvalidValue e = assertRejected("150105189912310012", "gb11643.birth-date");
        assertThat(e.messageEn()).contains("1900");
    }

    @Test
    void theEncyclopediaExampleBornIn1880PassesTheChecksumButIsRejectedForItsYear() {
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertRejected("440524188001010014", "gb11643.birth-date");
    }

    @Test
    void region99IsRejectedEvenWithACorrectCheckDigit() {
        assertThat(IdNumber.checkCharacter("99010519900101123")).isEqualTo('6');
        assertRejected("990105199001011236", "gb11643.region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "16", "20", "24", "38", "47", "55", "66", "70", "72", "80", "83", "00"})
    void codesBetweenTheProvinceRangesAreRejectedAsRegion(String region) {
        String first17 = region + "010519900101123";
        assertRejected(first17 + IdNumber.checkCharacter(first17), "gb11643.region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"})
    void everyProvinceRangeBoundaryIsAccepted(String region) {
        String first17 = region + "010519900101123";
        assertThat(IdNumber.parse("idNumber", first17 + IdNumber.checkCharacter(first17))
                        .value())
                .startsWith(region);
    }

    @Test
    void lowerCaseXIsAcceptedAndNormalisedToUpperCase() {
        IdNumber id = IdNumber.parse("idNumber", "11010519491231002x");

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id).isEqualTo(IdNumber.parse("idNumber", STANDARD_EXAMPLE));
    }

    @Test
    void theConstructorAlsoNormalisesLowerCaseX() {
        assertThat(new IdNumber("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void surroundingWhitespaceIsTrimmedByParse() {
        assertThat(IdNumber.parse("idNumber", "  11010519491231002X\t").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "1101051949123100",
                "11010519491231002",
                "11010519491231002XX",
                "1101051949123100X2",
                "11010519491231002Y",
                "1101O519491231002X",
                "110105 19491231002X"
            })
    void malformedInputIsRejectedAsFormat(String raw) {
        assertRejected(raw, "gb11643.format");
    }

    @Test
    void theConstructorValidatesTooUnderTheFieldNameIdNumber() {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> new IdNumber("110101199003074478"));

        assertThat(e.field()).isEqualTo("idNumber");
        assertThat(e.rule()).isEqualTo("gb11643.check-digit");
    }

    @Test
    void maskingKeepsTheFirstThreeAndLastFourCharacters() {
        IdNumber id = IdNumber.parse("idNumber", STANDARD_EXAMPLE);

        assertThat(id.masked()).isEqualTo("110***********002X").hasSize(18);
        assertThat(IdNumber.parse("idNumber", "110101199003074477").masked()).isEqualTo("110***********4477");
    }

    @Test
    void toStringPrintsOnlyTheMaskedNumber() {
        IdNumber id = IdNumber.parse("idNumber", STANDARD_EXAMPLE);

        assertThat(id.toString()).isEqualTo("110***********002X");
        assertThat(String.valueOf(id)).doesNotContain("19491231");
    }

    @Test
    void numbersBuiltWithTheCheckCharacterForAGeneratorAreAccepted() {
        String first17 = "15010519850615003";
        IdNumber id = IdNumber.parse("idNumber", first17 + IdNumber.checkCharacter(first17));

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100X"})
    void checkCharacterRefusesAnythingButSeventeenDigits(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkCharacter(first17));
    }

    private static final Clock PINNED = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneOffset.UTC);

    private static String bornOn(String yyyymmdd) {
        String first17 = "150105" + yyyymmdd + "001";
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void aBirthDateAfterTodayIsRejectedAsBirthDate() {
        InvalidValue e =
                catchThrowableOfType(InvalidValue.class, () -> IdNumber.parse("idNumber", bornOn("20260616"), PINNED));

        assertThat(e.field()).isEqualTo("idNumber");
        assertThat(e.rule()).isEqualTo("gb11643.birth-date-future");
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).contains("future");
    }

    @Test
    void aChildBornTodayIsAccepted() {
        assertThat(IdNumber.parse("idNumber", bornOn("20260615"), PINNED).birthDate())
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void todayIsTheDayInChinaNotInUtc() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-06-15T20:00:00Z"), ZoneOffset.UTC);

        assertThat(IdNumber.parse("idNumber", bornOn("20260616"), lateEveningUtc)
                        .birthDate())
                .isEqualTo(LocalDate.of(2026, 6, 16));
    }

    @Test
    void aBirthYearFarInTheFutureIsRejectedWithoutAClockToo() {
        assertRejected(bornOn("29990101"), "gb11643.birth-date-future");
    }

    private static InvalidValue assertRejected(String raw, String rule) {
        InvalidValue e = catchThrowableOfType(InvalidValue.class, () -> IdNumber.parse("idNumber", raw));
        assertThat(e).as("expected %s to be rejected", raw).isNotNull();
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.field()).isEqualTo("idNumber");
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).isNotBlank();
        return e;
    }
}
