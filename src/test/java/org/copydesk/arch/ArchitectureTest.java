package org.copydesk.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house, one door per capability: domain at the bottom, depending on nothing of ours; text,
 * proof, storage, ingest, markup and site over it; the services over those; the window (ui) and
 * the commands (cli) on top, reaching only the services; app wiring them. No package cycles.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copydesk");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("l10n").definedBy("org.copydesk.l10n..")
                .layer("domain").definedBy("org.copydesk.domain..")
                .layer("text").definedBy("org.copydesk.text..")
                .layer("proof").definedBy("org.copydesk.proof..")
                .layer("storage").definedBy("org.copydesk.storage..")
                .layer("markup").definedBy("org.copydesk.markup..")
                .layer("site").definedBy("org.copydesk.site..")
                .layer("ingest").definedBy("org.copydesk.ingest..")
                .layer("exchange").definedBy("org.copydesk.exchange..")
                .layer("service").definedBy("org.copydesk.service..")
                .layer("ui").definedBy("org.copydesk.ui..")
                .layer("cli").definedBy("org.copydesk.cli..")
                .layer("app").definedBy("org.copydesk.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("exchange").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("site").mayOnlyBeAccessedByLayers("ingest", "exchange", "service", "app")
                .whereLayer("markup").mayOnlyBeAccessedByLayers("ingest", "exchange", "site", "service", "app")
                .whereLayer("proof").mayOnlyBeAccessedByLayers("ingest", "service", "app")
                .whereLayer("text").mayOnlyBeAccessedByLayers("proof", "storage", "markup", "site", "ingest", "exchange", "service", "app")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandsReachOnlyTheServices() {
        classes().that().resideInAnyPackage("org.copydesk.ui..", "org.copydesk.cli..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "org.copydesk.storage..", "org.copydesk.ingest..", "org.copydesk.markup..", "org.copydesk.site..",
                        "org.copydesk.exchange..", "org.copydesk.text..", "org.copydesk.proof..", "org.copydesk.app..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOursAndNoToolkitDatabaseOrFiles() {
        noClasses().that().resideInAPackage("org.copydesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.copydesk.text..", "org.copydesk.proof..", "org.copydesk.storage..", "org.copydesk.ingest..",
                        "org.copydesk.markup..", "org.copydesk.site..", "org.copydesk.exchange..", "org.copydesk.ui..", "org.copydesk.app..",
                        "org.copydesk.cli..", "org.copydesk.service..", "org.copydesk.l10n..",
                        "javafx..", "java.sql..", "java.nio.file..", "java.io..")
                .check(classes);
    }

    @Test
    void storageIsSqlOnlyWithNoRulesOfItsOwn() {
        noClasses().that().resideInAPackage("org.copydesk.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.markup..", "org.copydesk.proof..",
                        "org.copydesk.site..", "org.copydesk.ingest..", "org.copydesk.exchange..", "org.copydesk.l10n..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.copydesk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void viewModelsTouchNoFiles() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.channels..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotHoldEachOther() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .and().doNotHaveSimpleName("ShellViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("ViewModel")
                .check(classes);
    }

    @Test
    void onlyTheUiInfrastructureTalksToTheFxThreadDirectly() {
        noClasses().that().resideOutsideOfPackages("org.copydesk.ui.fx..", "org.copydesk.app..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
