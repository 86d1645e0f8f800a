package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.archives.MaterialClass;
import org.redgrid.shared.InvalidValue;

class PartTest {

    @Test
    void aNumberNamesAMaterialAndANameAClass() {
        assertThat(Part.parse("parts", List.of("12", "party"), true))
                .containsExactly(Part.of(12), Part.of(MaterialClass.PARTY));
    }

    @Test
    void aRequestMustNameAtLeastOnePart() {
        assertThatThrownBy(() -> Part.parse("parts", List.of(), true))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("parts");
    }

    @Test
    void anUnknownClassIsRefusedByName() {
        assertThatThrownBy(() -> Part.parse("parts", List.of("SECRETS"), true))
                .isInstanceOf(InvalidValue.class)
                .extracting("rule")
                .isEqualTo("archives.material-class");
    }

    @Test
    void partsAreStoredAndLoadedAlike() {
        List<Part> parts = List.of(Part.of(3), Part.of(MaterialClass.APPOINTMENT));

        assertThat(Part.load(Part.store(parts))).isEqualTo(parts);
    }

    @Test
    void aMaterialMayBeNamedByItsTitleAndAClassByItsChineseName() {
        var form = new org.redgrid.archives.MaterialView(17, MaterialClass.PARTY, "入党志愿书", 2, null, null);

        assertThat(Part.parse("parts", Part.byTitle(List.of("入党志愿书", "履历类材料"), List.of(form)), true))
                .containsExactly(Part.of(17), Part.of(MaterialClass.RESUME));
    }
}
