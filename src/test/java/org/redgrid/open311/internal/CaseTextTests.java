package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.FieldType;
import org.redgrid.casework.FormField;

class CaseTextTests {

    private static final CategoryForm LIGHT = new CategoryForm(
            "PART.STREET_LIGHT",
            "路灯",
            "Street light",
            "部件",
            true,
            true,
            true,
            List.of(
                    new FormField(
                            "fault",
                            FieldType.SINGLEVALUELIST,
                            true,
                            "故障现象",
                            null,
                            1,
                            List.of(new FormField.Choice("off", "不亮"), new FormField.Choice("flicker", "闪烁"))),
                    new FormField("pole_number", FieldType.STRING, false, "灯杆编号", null, 2, List.of())));

    @Test
    void theTitleIsTheFirstLineOfTheDescription() {
        assertThat(CaseText.title(LIGHT, "  路灯不亮\n已经三天了")).isEqualTo("路灯不亮");
    }

    @Test
    void aTitleLongerThanSixtyCharactersIsCutWithAnEllipsis() {
        assertThat(CaseText.title(LIGHT, "灯".repeat(61))).isEqualTo("灯".repeat(60) + "…");
        assertThat(CaseText.title(LIGHT, "灯".repeat(60))).isEqualTo("灯".repeat(60));
    }

    @Test
    void aBlankFirstLineMakesTheServiceNameTheTitle() {
        assertThat(CaseText.title(LIGHT, "   ")).isEqualTo("路灯");
    }

    @Test
    void theAttributeValuesFollowTheDescriptionInWordsInTheFormsOrder() {
        var values = Map.of("pole_number", List.of("SH-0412"), "fault", List.of("off"));

        assertThat(CaseText.description("路灯不亮", LIGHT, values)).isEqualTo("路灯不亮\n【附加信息】故障现象：不亮；灯杆编号：SH-0412");
    }

    @Test
    void withoutAttributeValuesTheDescriptionStaysAsGiven() {
        assertThat(CaseText.description("路灯不亮", LIGHT, Map.of())).isEqualTo("路灯不亮");
    }

    @Test
    void theAttributeValuesAreLeftOutWhenTheyWouldNotFitInFourThousandCharacters() {
        String full = "路".repeat(3990);

        assertThat(CaseText.description(full, LIGHT, Map.of("fault", List.of("off"))))
                .isEqualTo(full);
    }
}
