package org.redgrid.engagement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngagementRulesArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.redgrid.engagement");

    @Test
    void theEngagementRulesNeedNeitherSpringNorSql() {
        noClasses()
                .that()
                .belongToAnyOf(
                        PointRules.class,
                        PointAward.class,
                        PointSource.class,
                        PointRule.class,
                        StarThresholds.class,
                        MonthlyMinimum.class,
                        EngagementGuards.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("a rule with a name is a plain type that the API, the pages and unit tests ask alike")
                .check(classes);
    }
}
