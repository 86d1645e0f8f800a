package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.FieldType;
import org.redgrid.casework.FormField;
import org.redgrid.shared.InvalidValue;

class AttributeCheckTests {

    private static final CategoryForm ROAD = new CategoryForm(
            "PART.ROAD_DAMAGE",
            "道路破损",
            "Road damage",
            "部件",
            true,
            true,
            true,
            List.of(
                    new FormField(
                            "size",
                            FieldType.SINGLEVALUELIST,
                            true,
                            "破损面积",
                            null,
                            1,
                            List.of(new FormField.Choice("small", "小"), new FormField.Choice("large", "大"))),
                    new FormField(
                            "hazards",
                            FieldType.MULTIVALUELIST,
                            false,
                            "危险",
                            null,
                            2,
                            List.of(new FormField.Choice("water", "积水"), new FormField.Choice("ice", "结冰"))),
                    new FormField("depth", FieldType.NUMBER, false, "深度", null, 3, List.of()),
                    new FormField("seen", FieldType.DATETIME, false, "发现时间", null, 4, List.of()),
                    new FormField("note", FieldType.STRING, false, "备注", null, 5, List.of())));

    @Test
    void valuesComeBackInTheFormsOrderTrimmedAndWithoutFieldsTheFormDoesNotHave() {
        var checked = AttributeCheck.check(
                ROAD,
                Map.of(
                        "note", List.of(" 靠近路口 "),
                        "size", List.of("small"),
                        "hazards", List.of("water", "ice", " "),
                        "colour", List.of("red")));

        assertThat(checked.keySet()).containsExactly("size", "hazards", "note");
        assertThat(checked.get("hazards")).containsExactly("water", "ice");
        assertThat(checked.get("note")).containsExactly("靠近路口");
    }

    @Test
    void aRequiredFieldWithoutAValueIsRefusedNamingTheAttribute() {
        assertRefused(Map.of("size", List.of(" ")), "attribute[size]", "required");
    }

    @Test
    void onlyAMultiValueListTakesSeveralValues() {
        assertRefused(Map.of("size", List.of("small", "large")), "attribute[size]", "single-value");
    }

    @Test
    void aListValueMustBeOneOfTheFieldsChoices() {
        assertRefused(Map.of("size", List.of("huge")), "attribute[size]", "choice");
        assertRefused(Map.of("size", List.of("small"), "hazards", List.of("fire")), "attribute[hazards]", "choice");
    }

    @Test
    void aNumberFieldTakesOnlyNumbers() {
        assertThat(AttributeCheck.check(ROAD, Map.of("size", List.of("small"), "depth", List.of("-0.5e3"))))
                .containsEntry("depth", List.of("-0.5e3"));
        assertRefused(Map.of("size", List.of("small"), "depth", List.of("deep")), "attribute[depth]", "type.number");
    }

    @Test
    void aDatetimeFieldTakesAnIsoTimeWithOffset() {
        assertRefused(
                Map.of("size", List.of("small"), "seen", List.of("2026-11-01")), "attribute[seen]", "type.datetime");
    }

    @Test
    void aStringFieldTakesAtMostTwoHundredCharacters() {
        assertRefused(
                Map.of("size", List.of("small"), "note", List.of("字".repeat(201))), "attribute[note]", "max-length");
    }

    private static void assertRefused(Map<String, List<String>> values, String field, String rule) {
        assertThatThrownBy(() -> AttributeCheck.check(ROAD, values))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.rule()).isEqualTo(rule);
                });
    }
}
