package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.Urgency;
import org.redgrid.casework.WhistleRole;
import org.redgrid.casework.WorkList;
import org.redgrid.organization.GridKind;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.MoveInStatus;
import org.redgrid.people.Relation;
import org.redgrid.portal.web.EnumLabels;
import org.redgrid.shared.Gender;
import org.redgrid.shared.Role;

/**
 * Every value of every enum that the pages show has a message in Chinese and English, and in Mongolian
 * when a resident page shows it: no constant such as SERIOUS_ILLNESS reaches a page in any language.
 */
class EnumMessagesTests {

    /** Enums the resident pages show, with the prefix their templates put before the value. */
    static final Map<Class<? extends Enum<?>>, String> RESIDENT_ENUMS = Map.of(
            CaseStatus.class, "status.",
            CaseType.class, "type.",
            Urgency.class, "urgency.",
            Satisfaction.class, "satisfaction.",
            DeadlineState.class, "deadline.",
            CaseAction.class, "action.",
            CaseEventKind.class, "action.",
            WorkList.class, "list.",
            WhistleRole.class, "case.role.");

    /** Enums shown through {@code @enums.label(...)}; Role also to residents (the home page). */
    static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            Role.class,
            Gender.class,
            Relation.class,
            LedgerKind.class,
            GridKind.class,
            MoveInStatus.class,
            ServicePlaceKind.class);

    static final Set<Class<?>> LABELLED_FOR_RESIDENTS = Set.of(Role.class);

    @Test
    void everyValueOfTheResidentPagesEnumsHasAMessageInThreeLanguages() {
        RESIDENT_ENUMS.forEach((type, prefix) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                for (String language : List.of("zh", "en", "mn")) {
                    assertThat(MessageBundleTests.keys(language))
                            .as(language + " " + type.getSimpleName())
                            .contains(prefix + value.name());
                }
            }
        });
    }

    @Test
    void everyLabelledEnumValueHasAMessageInChineseAndEnglishAndResidentOnesInMongolian() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(MessageBundleTests.keys("zh")).contains(EnumLabels.key(value));
                assertThat(MessageBundleTests.keys("en")).contains(EnumLabels.key(value));
                if (LABELLED_FOR_RESIDENTS.contains(type)) {
                    assertThat(MessageBundleTests.keys("mn")).contains(EnumLabels.key(value));
                }
            }
        }
    }

    @Test
    void theEnglishLabelOfAnEnumIsNeverItsConstantName() {
        var english = MessageBundleTests.load("messages_en.properties");
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(english.getProperty(EnumLabels.key(value))).isNotEqualTo(value.name());
            }
        }
    }
}
