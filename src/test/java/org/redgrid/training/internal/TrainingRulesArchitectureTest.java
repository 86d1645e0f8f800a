package org.redgrid.training.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.redgrid.training.CourseMode;

class TrainingRulesArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.redgrid.training");

    @Test
    void theTrainingRulesNeedNeitherSpringNorSql() {
        noClasses()
                .that()
                .belongToAnyOf(
                        CourseCapacity.class,
                        EnrolmentWindow.class,
                        InPersonCheckIn.class,
                        OnlineAttendance.class,
                        OrderFlow.class,
                        CourseMode.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("a rule with a name is a plain type that the API, the pages and unit tests ask alike")
                .check(classes);
    }
}
