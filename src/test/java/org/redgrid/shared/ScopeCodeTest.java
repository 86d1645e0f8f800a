package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"15", "1501", "150105", "150105004", "150105004015", "150105004015001"})
    void aScopeIsADivisionCodeOfANaturalLengthOrAGridCode(String code) {
        assertThat(ScopeCode.parse("scope", code).scope().prefix()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1501050",
                "15010500",
                "1501050040",
                "15010500401500",
                "150105000",
                "150105004015000",
                "x1",
                "",
                "00",
                "1501050040150011"
            })
    void aScopeOfAnyOtherShapeIsRefusedNamingTheGivenField(String code) {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> ScopeCode.parse("scope", code));

        assertThat(refused.field()).isEqualTo("scope");
        assertThat(refused.rule()).isEqualTo("scope.format");
    }

    @Test
    void aMissingScopeIsRefusedLikeAMalformedOne() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> ScopeCode.parse("areaCode", null));

        assertThat(refused.field()).isEqualTo("areaCode");
        assertThat(refused.rule()).isEqualTo("scope.format");
    }

    @Test
    void surroundingSpaceIsNotPartOfTheCode() {
        assertThat(ScopeCode.parse("scope", " 150105 ").value()).isEqualTo("150105");
    }
}
