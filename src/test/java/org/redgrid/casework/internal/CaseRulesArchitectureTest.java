package org.redgrid.casework.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The case rules are plain Java: they can be read, tested and reused without a container or a database. */
class CaseRulesArchitectureTest {

    @Test
    void theCaseItsGuardsAndTheDeadlinePolicyUseNeitherSpringNorSql() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.redgrid.casework");
        noClasses()
                .that()
                .haveNameMatching(
                        "org\\.redgrid\\.casework\\.internal\\.(Case|CaseState|CaseClock|CaseGuards|DeadlinePolicy|CaseFacts|Summons|Whistle|BulkIntake)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .because("the case's rules are decided by plain Java that unit tests and other modules can run"
                        + " without a Spring context or a database")
                .check(classes);
    }
}
