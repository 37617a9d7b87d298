package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of design.md, checked from day one: dependencies point inwards. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parley");
    }

    @Test
    void domainIsPureJava() {
        noClasses().that().resideInAPackage("org.parley.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "java.io..", "java.nio.file..", "org.parley.store..", "org.parley.ui..",
                        "org.parley.app..", "org.parley.exchange..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheStoreOrSql() {
        noClasses().that().resideInAPackage("org.parley.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.parley.store..", "org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void jooqStaysInsideTheStore() {
        noClasses().that().resideOutsideOfPackages("org.parley.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.parley.store.jooq..")
                .check(classes);
    }

    @Test
    void storeAndExchangeKnowNothingOfTheWindowOrTheServices() {
        noClasses().that().resideInAnyPackage("org.parley.store..", "org.parley.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.parley.ui..", "org.parley.app..")
                .check(classes);
    }

    @Test
    void servicesDoNotKnowTheWindow() {
        noClasses().that().resideInAPackage("org.parley.app.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.parley.ui..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootKnowsTheWindow() {
        noClasses().that().resideOutsideOfPackage("org.parley.ui..")
                .and().doNotHaveFullyQualifiedName("org.parley.app.ParleyApplication")
                .and().doNotHaveFullyQualifiedName("org.parley.app.HeadlessFigures")
                .should().dependOnClassesThat().resideInAPackage("org.parley.ui..")
                .because("the window is wired in one place, and the board pack's charts drawn headless in one other;"
                        + " services, store and exchange never reach into it")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheTerminalsErrorStream() {
        noClasses().that().resideOutsideOfPackage("org.parley.app")
                .should().accessField(System.class, "err")
                .because("errors go to the log or to the user in words; only the command line prints on stderr")
                .check(classes);
    }

    @Test
    void decimalsAreRoundedOnlyInTheDomain() {
        noClasses().that().resideOutsideOfPackage("org.parley.domain..")
                .should().callMethod(BigDecimal.class, "setScale", int.class, RoundingMode.class)
                .because("a value is rounded in one place, ValueScore, and screens, files and the store ask it "
                        + "(decision 0027)")
                .check(classes);
    }
}
