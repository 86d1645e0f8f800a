package org.redgrid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.redgrid.organization.HouseholdNorm;
import org.redgrid.organization.OpeningHours;
import org.redgrid.organization.WalkingDistance;
import org.redgrid.organization.internal.GridLocator;
import org.redgrid.people.internal.MoveInRule;
import org.redgrid.shared.IdNumber;

class RegistryRulesArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.redgrid.organization", "org.redgrid.people", "org.redgrid.shared");

    @Test
    void theRegistryRulesNeedNeitherSpringNorSql() {
        noClasses()
                .that()
                .belongToAnyOf(
                        GridLocator.class,
                        MoveInRule.class,
                        IdNumber.class,
                        OpeningHours.class,
                        WalkingDistance.class,
                        HouseholdNorm.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("a rule with a name is a plain type that the API, the pages and unit tests ask alike")
                .check(classes);
    }
}
