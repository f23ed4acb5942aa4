package org.copydesk.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the house: domain at the bottom, depending on nothing of ours; text, storage and
 * render over it; services over those; the window (ui) and the commands (cli) on top; app wiring
 * them. No package cycles, and nobody but app reaches into ui.
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
                .layer("render").definedBy("org.copydesk.render..")
                .layer("service").definedBy("org.copydesk.service..")
                .layer("ui").definedBy("org.copydesk.ui..")
                .layer("cli").definedBy("org.copydesk.cli..")
                .layer("app").definedBy("org.copydesk.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("render").mayOnlyBeAccessedByLayers("service", "ui", "cli", "app")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("service", "ui", "cli", "app")
                .whereLayer("proof").mayOnlyBeAccessedByLayers("render", "service", "ui", "cli", "app")
                .whereLayer("text").mayOnlyBeAccessedByLayers("proof", "storage", "render", "service", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOursAndNoToolkitDatabaseOrFiles() {
        noClasses().that().resideInAPackage("org.copydesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.copydesk.text..", "org.copydesk.storage..", "org.copydesk.render..", "org.copydesk.ui..",
                        "org.copydesk.app..", "org.copydesk.cli..", "org.copydesk.service..", "org.copydesk.l10n..",
                        "javafx..", "java.sql..", "java.nio.file..", "java.io..")
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
    void viewsNeverTouchStorage() {
        noClasses().that().resideInAPackage("org.copydesk.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("org.copydesk.storage..")
                .check(classes);
    }

    @Test
    void onlyTheUiInfrastructureTalksToTheFxThreadDirectly() {
        noClasses().that().resideOutsideOfPackages("org.copydesk.ui.fx..", "org.copydesk.app..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
