package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redgrid.archives.MaterialClass;
import org.redgrid.archives.RequestStatus;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.Urgency;
import org.redgrid.casework.WhistleRole;
import org.redgrid.casework.WorkList;
import org.redgrid.deliberation.Choice;
import org.redgrid.deliberation.Entitlement;
import org.redgrid.deliberation.MajorityRule;
import org.redgrid.deliberation.MeetingType;
import org.redgrid.deliberation.TopicChannel;
import org.redgrid.deliberation.TopicStatus;
import org.redgrid.engagement.PointRule;
import org.redgrid.engagement.PostKind;
import org.redgrid.engagement.RegistrationStatus;
import org.redgrid.organization.GridKind;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.MoveInStatus;
import org.redgrid.people.Relation;
import org.redgrid.portal.web.EnumLabels;
import org.redgrid.representation.MessageStatus;
import org.redgrid.representation.ReplyState;
import org.redgrid.representation.RepresentativeKind;
import org.redgrid.representation.StationKind;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.Gender;
import org.redgrid.shared.Role;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.CourseMode;
import org.redgrid.training.OrderStatus;
import org.redgrid.training.SchoolKind;
import org.redgrid.training.TeacherLevel;

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
            ServicePlaceKind.class,
            MeetingType.class,
            MajorityRule.Threshold.class,
            Entitlement.class,
            TopicStatus.class,
            TopicChannel.class,
            RepresentativeKind.class,
            MessageStatus.class,
            ReplyState.class,
            StationKind.class,
            RequestStatus.class,
            MaterialClass.class,
            CourseMode.class,
            OrderStatus.class,
            SchoolKind.class,
            TeacherLevel.class,
            AttendanceMode.class,
            Stage.class,
            PostKind.class,
            RegistrationStatus.class);

    /** Enums the staff pages show through a message prefix of their own ({@code #{'prefix.' + ${value}}}). */
    static final Map<Class<? extends Enum<?>>, String> STAFF_ENUMS = Map.of(
            Choice.class, "deliberation.choice.",
            MajorityRule.Base.class, "deliberation.base.",
            MajorityRule.Outcome.class, "deliberation.outcome.",
            PointRule.class, "engagement.rule.");

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
    void everyValueOfTheStaffPagesPrefixedEnumsHasAMessageInChineseAndEnglish() {
        STAFF_ENUMS.forEach((type, prefix) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                for (String language : List.of("zh", "en")) {
                    assertThat(MessageBundleTests.keys(language))
                            .as(language + " " + type.getSimpleName())
                            .contains(prefix + value.name());
                }
            }
        });
    }

    /** The access log's actions, as the archives module records them ({@code log.record(..., "VIEW", ...)}). */
    static final Pattern LOGGED_ACTION = Pattern.compile("log\\.record\\([^;]*?\"([A-Z_]+)\"");

    @Test
    void everyActionTheArchiveAccessLogRecordsHasAMessageInChineseAndEnglish() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/redgrid/archives"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher action = LOGGED_ACTION.matcher(Files.readString(source));
                while (action.find()) actions.add(action.group(1));
            }
        }
        assertThat(actions).contains("FILE_OPENED", "VIEW", "APPROVED");
        for (String action : actions) {
            for (String language : List.of("zh", "en")) {
                assertThat(MessageBundleTests.keys(language))
                        .as(language)
                        .contains("archives.history.action." + action);
            }
        }
    }

    @Test
    void noTwoLabelledEnumsShareAKey() {
        assertThat(LABELLED.stream().map(Class::getSimpleName)).doesNotHaveDuplicates();
    }

    @Test
    void everyLabelledEnumValueHasAMessageInChineseAndEnglishAndResidentOnesInMongolian() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(MessageBundleTests.keys("zh")).as("zh").contains(EnumLabels.key(value));
                assertThat(MessageBundleTests.keys("en")).as("en").contains(EnumLabels.key(value));
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
